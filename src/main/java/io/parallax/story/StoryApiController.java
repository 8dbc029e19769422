package io.parallax.story;

import java.security.Principal;
import java.util.List;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Editors' story changes through the API: move articles, rename, merge and split stories. */
@RestController
class StoryApiController {

    private final StoryEditing editing;

    StoryApiController(StoryEditing editing) {
        this.editing = editing;
    }

    record Move(List<Long> articles, String story) {
    }

    record Rename(String name) {
    }

    record Merge(String into) {
    }

    record Split(List<Long> articles, String name) {
    }

    @PostMapping("/api/stories/move")
    java.util.Map<String, Object> move(@RequestBody Move move, Principal editor) {
        return java.util.Map.of("moved", editing.move(move.articles() == null ? List.of() : move.articles(), move.story(), editor.getName()));
    }

    @PostMapping("/api/stories/{slug}/rename")
    StoryRef rename(@PathVariable String slug, @RequestBody Rename rename, Principal editor) {
        return editing.rename(slug, rename.name(), editor.getName());
    }

    @PostMapping("/api/stories/{slug}/merge")
    StoryRef merge(@PathVariable String slug, @RequestBody Merge merge, Principal editor) {
        return editing.merge(slug, merge.into(), editor.getName());
    }

    @PostMapping("/api/stories/{slug}/split")
    StoryRef split(@PathVariable String slug, @RequestBody Split split, Principal editor) {
        return editing.split(slug, split.articles() == null ? List.of() : split.articles(), split.name(), editor.getName());
    }
}
