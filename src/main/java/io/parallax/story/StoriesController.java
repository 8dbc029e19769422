package io.parallax.story;

import java.security.Principal;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.parallax.article.ArticleFilter;
import io.parallax.article.ArticleSearch;
import io.parallax.system.NotFoundException;

/** The stories page, each story's page, and the editors' forms that move, rename, merge and split stories. */
@Controller
class StoriesController {

    static final String LIST = "story/list";
    static final String DETAILS = "story/details";
    static final int PAGE = 20;

    private final JdbcClient jdbc;
    private final ArticleSearch articles;
    private final StoryEditing editing;
    private final ObjectProvider<StoryFacts> facts;

    StoriesController(JdbcClient jdbc, ArticleSearch articles, StoryEditing editing, ObjectProvider<StoryFacts> facts) {
        this.jdbc = jdbc;
        this.articles = articles;
        this.editing = editing;
        this.facts = facts;
    }

    @GetMapping("/stories")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        int p = Math.max(0, page);
        List<StoryOverview> stories = overviews(null, p);
        StoryFacts counter = facts.getIfAvailable();
        model.addAttribute("stories", stories);
        model.addAttribute("disputes", stories.stream().collect(java.util.stream.Collectors.toMap(StoryOverview::slug,
                s -> counter == null ? 0 : counter.factsInDispute(s.slug()))));
        model.addAttribute("page", p);
        model.addAttribute("hasNext", stories.size() == PAGE);
        return LIST;
    }

    @GetMapping("/stories/{slug}")
    String details(@PathVariable String slug, @RequestParam(required = false) String page, Model model) {
        StoryOverview story = overviews(slug, 0).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("There is no story " + slug + "."));
        StoryFacts counter = facts.getIfAvailable();
        model.addAttribute("story", story);
        model.addAttribute("disputed", counter == null ? 0 : counter.factsInDispute(slug));
        model.addAttribute("result", articles.find(new ArticleFilter(List.of(), null, null, null, slug, page, "50").validate()));
        model.addAttribute("outlets", jdbc.sql("""
                select o.name, o.slug, so.article_count as articles from story_outlet so join outlet o on o.id = so.outlet_id
                where so.story_id = :id order by so.article_count desc, o.name""").param("id", story.id())
                .query((rs, n) -> new OutletCount(rs.getString("name"), rs.getString("slug"), rs.getLong("articles"))).list());
        model.addAttribute("history", editing.history(slug));
        model.addAttribute("otherStories", jdbc.sql("select name, slug from story where id <> :id order by name limit 500")
                .param("id", story.id()).query((rs, n) -> new StoryRef(0, rs.getString("name"), rs.getString("slug"))).list());
        return DETAILS;
    }

    record OutletCount(String name, String slug, long articles) {
    }

    @PostMapping("/stories/{slug}/rename")
    String rename(@PathVariable String slug, @RequestParam String name, Principal editor) {
        return "redirect:/stories/" + editing.rename(slug, name, editor.getName()).slug();
    }

    @PostMapping("/stories/{slug}/merge")
    String merge(@PathVariable String slug, @RequestParam String into, Principal editor) {
        return "redirect:/stories/" + editing.merge(slug, into, editor.getName()).slug();
    }

    @PostMapping("/stories/{slug}/split")
    String split(@PathVariable String slug, @RequestParam(name = "article", required = false) List<Long> articleIds,
            @RequestParam String name, Principal editor) {
        return "redirect:/stories/" + editing.split(slug, articleIds == null ? List.of() : articleIds, name, editor.getName()).slug();
    }

    @PostMapping("/stories/{slug}/move")
    String move(@PathVariable String slug, @RequestParam(name = "article", required = false) List<Long> articleIds,
            @RequestParam String to, Principal editor) {
        editing.move(articleIds == null ? List.of() : articleIds, to, editor.getName());
        return "redirect:/stories/" + to;
    }

    /** Stories by size, or the one story {@code slug}: their sizes are kept on the story (V52), never counted here. */
    private List<StoryOverview> overviews(String slug, int page) {
        return jdbc.sql("""
                select s.id, s.name, s.slug, s.article_count as articles, s.outlet_count as outlets,
                       s.first_published, s.last_published
                from story s where s.article_count > 0""" + (slug == null ? "" : " and s.slug = :slug") + " " + """
                order by s.article_count desc, s.name limit :limit offset :offset""")
                .params(slug == null ? java.util.Map.of() : java.util.Map.of("slug", slug))
                .param("limit", PAGE).param("offset", (long) page * PAGE)
                .query((rs, n) -> new StoryOverview(rs.getLong("id"), rs.getString("name"), rs.getString("slug"),
                        rs.getLong("articles"), rs.getLong("outlets"), rs.getObject("first_published", java.time.LocalDate.class),
                        rs.getObject("last_published", java.time.LocalDate.class)))
                .list();
    }
}
