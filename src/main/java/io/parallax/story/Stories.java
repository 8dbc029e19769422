package io.parallax.story;

import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.parallax.system.Slugs;

/** The stories articles belong to; an article that names none joins the default story. */
@Service
public class Stories {

    private final StoryRepository stories;
    private final String defaultStory;

    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    Stories(StoryRepository stories, @Value("${parallax.default-story}") String defaultStory,
            org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    /** A new story called {@code name}, or "name (2)" and so on when that name is taken. */
    @Transactional
    public StoryRef createUnique(String name) {
        String wanted = name.strip();
        for (int n = 2; stories.findByNameIgnoreCase(wanted).isPresent() || stories.findBySlug(Slugs.of(wanted)).isPresent(); n++) {
            wanted = name.strip() + " (" + n + ")";
        }
        return stories.save(new Story(wanted, Slugs.of(wanted))).ref();
    }

    @Transactional(readOnly = true)
    public Optional<StoryRef> find(long id) {
        return stories.findById(id).map(Story::ref);
    }

    /** A story by slug or by name. */
    @Transactional(readOnly = true)
    public Optional<StoryRef> find(String slugOrName) {
        return stories.findBySlug(slugOrName.strip()).or(() -> stories.findByNameIgnoreCase(slugOrName.strip())).map(Story::ref);
    }

    /** The story with the most articles, for pages that show one story when none is chosen. */
    @Transactional(readOnly = true)
    public Optional<StoryRef> largest() {
        // The stories keep their sizes (V52), so this is the first entry of story_size_idx, not a count of the archive.
        return jdbc.sql("select id from story where article_count > 0 order by article_count desc, name limit 1")
                .query(Long.class).optional().flatMap(this::find);
    }

    /**
     * A stamp that changes whenever the story's matrix may change: an article joins or leaves it, or one of its articles
     * is read again, corrected or linked to its original (kept by triggers, V52). One primary-key look-up.
     */
    @Transactional(readOnly = true)
    public String stamp(long storyId) {
        return jdbc.sql("select article_count || ':' || changed_at from story where id = :id").param("id", storyId)
                .query(String.class).optional().orElse("gone");
    }

    @Transactional(readOnly = true)
    public List<StoryRef> all() {
        return stories.findAllByOrderByName().stream().map(Story::ref).toList();
    }
}
