package io.parallax.story;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.parallax.system.Slugs;

/** The stories articles belong to; an article that names none joins the default story. */
@Service
public class Stories {

    private final StoryRepository stories;
    private final String defaultStory;

    Stories(StoryRepository stories, @Value("${parallax.default-story}") String defaultStory) {
        this.stories = stories;
        this.defaultStory = defaultStory;
    }

    @Transactional
    public StoryRef findOrCreate(String name) {
        String wanted = name == null || name.isBlank() ? defaultStory : name.strip();
        return stories.findByNameIgnoreCase(wanted)
                .or(() -> stories.findBySlug(Slugs.of(wanted)))
                .orElseGet(() -> stories.save(new Story(wanted, Slugs.of(wanted)))).ref();
    }

    @Transactional(readOnly = true)
    public List<StoryRef> all() {
        return stories.findAllByOrderByName().stream().map(Story::ref).toList();
    }
}
