package io.parallax.story;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.parallax.article.Articles;
import io.parallax.system.InvalidInputException;
import io.parallax.system.NotFoundException;
import io.parallax.system.Slugs;

/**
 * What editors do to stories when assignment got them wrong: move articles to another story, rename a story, merge one
 * into another, split articles off into a new story. Each change is written to the story audit log with who made it.
 */
@Service
public class StoryEditing {

    private final StoryRepository stories;
    private final Articles articles;
    private final StoryAssigner assigner;
    private final JdbcClient jdbc;

    StoryEditing(StoryRepository stories, Articles articles, StoryAssigner assigner, JdbcClient jdbc) {
        this.stories = stories;
        this.articles = articles;
        this.assigner = assigner;
        this.jdbc = jdbc;
    }

    /** One entry of the story audit log. */
    public record Change(long id, String action, String detail, String editor, java.time.OffsetDateTime at) {
    }

    @Transactional
    public int move(Collection<Long> articleIds, String toStory, String editor) {
        Story target = story(toStory);
        requireArticles(articleIds);
        int moved = reassign(articleIds, target.getId());
        log("MOVE", target.getId(), null, articleIds, "Moved " + moved + " article(s) to “" + target.getName() + "”.", editor);
        return moved;
    }

    @Transactional
    public StoryRef rename(String slug, String newName, String editor) {
        Story story = story(slug);
        String name = newName == null ? "" : newName.strip();
        if (name.isEmpty() || name.length() > 300) {
            throw new InvalidInputException("Invalid story name", "A story needs a name of 1 to 300 characters.", Map.of("name", "is required"));
        }
        String newSlug = Slugs.of(name);
        stories.findByNameIgnoreCase(name).or(() -> stories.findBySlug(newSlug)).filter(other -> !other.getId().equals(story.getId()))
                .ifPresent(other -> {
                    throw new InvalidInputException("Invalid story name", "Another story is called that; merge them instead.",
                            Map.of("name", "“" + name + "” is taken"));
                });
        String old = story.getName();
        story.rename(name, newSlug);
        log("RENAME", story.getId(), null, List.of(), "Renamed “" + old + "” to “" + name + "”.", editor);
        return story.ref();
    }

    /** Moves every article of {@code fromSlug} into {@code intoSlug} and removes the emptied story. */
    @Transactional
    public StoryRef merge(String fromSlug, String intoSlug, String editor) {
        Story from = story(fromSlug);
        Story into = story(intoSlug);
        if (from.getId().equals(into.getId())) {
            throw new InvalidInputException("Invalid merge", "A story cannot be merged into itself.", Map.of("into", "is the same story"));
        }
        List<Long> ids = jdbc.sql("select id from article where story_id = :id").param("id", from.getId()).query(Long.class).list();
        reassign(ids, into.getId());
        log("MERGE", into.getId(), null, ids, "Merged “" + from.getName() + "” (" + ids.size() + " articles) into “" + into.getName() + "”.", editor);
        jdbc.sql("update story_change set story_id = :into where story_id = :from").param("into", into.getId()).param("from", from.getId()).update();
        jdbc.sql("delete from story where id = :id").param("id", from.getId()).update();
        assigner.reload();
        return into.ref();
    }

    /** Moves the given articles of a story into a new story called {@code newName}. */
    @Transactional
    public StoryRef split(String slug, Collection<Long> articleIds, String newName, String editor) {
        Story from = story(slug);
        requireArticles(articleIds);
        long outside = jdbc.sql("select count(*) from article where id = any(:ids) and story_id <> :story")
                .param("ids", articleIds.toArray(Long[]::new)).param("story", from.getId()).query(Long.class).single();
        if (outside > 0) {
            throw new InvalidInputException("Invalid split", "Only articles of this story can be split off.", Map.of("articles", outside + " are not in it"));
        }
        if (newName == null || newName.isBlank()) {
            throw new InvalidInputException("Invalid split", "The new story needs a name.", Map.of("name", "is required"));
        }
        String name = unique(newName.strip());
        Story created = stories.save(new Story(name, Slugs.of(name)));
        reassign(articleIds, created.getId());
        log("SPLIT", from.getId(), created.getId(), articleIds,
                "Split " + articleIds.size() + " article(s) of “" + from.getName() + "” into “" + created.getName() + "”.", editor);
        return created.ref();
    }

    @Transactional(readOnly = true)
    public List<Change> history(String slug) {
        Story story = story(slug);
        return jdbc.sql("""
                select id, action, detail, editor, changed_at from story_change where story_id = :id or other_id = :id
                order by changed_at desc, id desc limit 100""").param("id", story.getId())
                .query((rs, n) -> new Change(rs.getLong("id"), rs.getString("action"), rs.getString("detail"),
                        rs.getString("editor"), rs.getObject("changed_at", java.time.OffsetDateTime.class)))
                .list();
    }

    private int reassign(Collection<Long> ids, long storyId) {
        int moved = articles.moveToStory(ids, storyId);
        jdbc.sql("update story_assignment set story_id = :story, method = 'EDITOR', similarity = null, reason = 'Moved by an editor.' where article_id = any(:ids)")
                .param("story", storyId).param("ids", ids.toArray(Long[]::new)).update();
        assigner.reload();
        return moved;
    }

    private void requireArticles(Collection<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            throw new InvalidInputException("Invalid story change", "Choose at least one article.", Map.of("articles", "none chosen"));
        }
        long found = jdbc.sql("select count(*) from article where id = any(:ids)").param("ids", ids.toArray(Long[]::new))
                .query(Long.class).single();
        if (found != ids.stream().distinct().count()) {
            throw new InvalidInputException("Invalid story change", "Some of the articles do not exist.", Map.of("articles", "unknown ids"));
        }
    }

    private String unique(String name) {
        String wanted = name;
        for (int n = 2; stories.findByNameIgnoreCase(wanted).isPresent() || stories.findBySlug(Slugs.of(wanted)).isPresent(); n++) {
            wanted = name + " (" + n + ")";
        }
        return wanted;
    }

    private Story story(String slug) {
        return stories.findBySlug(slug).orElseThrow(() -> new NotFoundException("There is no story " + slug + "."));
    }

    private void log(String action, long storyId, Long otherId, Collection<Long> articleIds, String detail, String editor) {
        jdbc.sql("""
                insert into story_change (action, story_id, other_id, article_ids, detail, editor)
                values (:action, :story, :other, :ids, :detail, :editor)""")
                .param("action", action).param("story", storyId).param("other", otherId)
                .param("ids", articleIds.toArray(Long[]::new)).param("detail", detail).param("editor", editor).update();
    }

    /** Changes whenever an editor changes a story: part of the key of caches that depend on which article is in which story. */
    @Transactional(readOnly = true)
    public String version() {
        return jdbc.sql("select count(*) || ':' || coalesce(max(id), 0) from story_change").query(String.class).single();
    }
}
