package io.parallax.story;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Finds the story of an article that names none: the story whose recent articles it is most similar to (titles, bodies
 * and the names in them, among stories active near its date), or a new story named from its headline when none is
 * similar enough. Every stored article is learnt from, and each decision is stored with its similarity and reason.
 */
@Service
public class StoryAssigner {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Stories stories;
    private final double threshold;
    private final java.util.concurrent.atomic.AtomicLong provisionalIds = new java.util.concurrent.atomic.AtomicLong();
    private StoryIndex index;

    StoryAssigner(JdbcClient jdbc, JdbcTemplate template, Stories stories,
            @Value("${parallax.stories.similarity-threshold:0.2}") double threshold) {
        this.jdbc = jdbc;
        this.template = template;
        this.stories = stories;
        this.threshold = threshold;
    }

    /**
     * The story a new article belongs to, creating it if the article starts a new one. Call it inside the transaction
     * that stores the article, then {@link #record} with the stored article's id. The article counts at once for the
     * next assignment (the next article of the same batch may be of the same new story), and is forgotten if the
     * transaction rolls back.
     */
    @Transactional
    public StoryAssignment assign(ArticleDraft draft) {
        return assign(DraftTerms.of(draft));
    }

    /** As {@link #assign(ArticleDraft)}, with the article's key terms worked out beforehand (by an import's workers). */
    @Transactional
    public StoryAssignment assign(DraftTerms terms) {
        ArticleDraft draft = terms.draft();
        Signature signature = terms.signature();
        StoryIndex.Match match;
        synchronized (this) {
            match = index().best(signature, draft.publishedOn());
        }
        StoryAssignment assignment = null;
        if (match != null && match.similarity() >= threshold) {
            StoryRef story = stories.find(match.storyId()).orElse(null);
            if (story != null) {
                assignment = new StoryAssignment(story.id(), story.name(), story.slug(), match.similarity(), false,
                        "Most similar to the recent articles of this story (similarity %.2f, threshold %.2f)."
                                .formatted(match.similarity(), threshold));
            }
        }
        if (assignment == null) {
            StoryRef created = stories.createUnique(name(draft));
            String reason = match == null ? "No story active near its date shares its key terms; started a new story."
                    : "Not similar enough to any story (best %.2f, threshold %.2f); started a new story."
                            .formatted(match.similarity(), threshold);
            assignment = new StoryAssignment(created.id(), created.name(), created.slug(), match == null ? 0 : match.similarity(),
                    true, reason);
        }
        learn(List.of(new Learnt(assignment.storyId(), provisionalIds.decrementAndGet(), signature, draft.publishedOn())));
        return assignment;
    }

    /**
     * Stores how a stored article came to its story: {@code decision} is what {@link #assign} answered, or null when the
     * article named its story, which is then learnt from too.
     */
    @Transactional
    public void record(long articleId, long storyId, ArticleDraft draft, StoryAssignment decision) {
        recordAll(List.of(new Recorded(articleId, storyId, DraftTerms.of(draft), decision)));
    }

    /**
     * {@link #record} for a batch of stored articles, inside the caller's transaction: one batched insert, and the
     * articles that named their story learnt from in one step.
     */
    @Transactional
    public void recordAll(List<Recorded> batch) {
        if (batch.isEmpty()) {
            return;
        }
        template.batchUpdate("""
                insert into story_assignment (article_id, story_id, method, similarity, reason, published_on, terms, weights)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (article_id) do nothing""", batch, batch.size(), (ps, r) -> {
            StoryAssignment decision = r.decision();
            Map<String, Float> weights = r.terms().signature().weights();
            ps.setLong(1, r.articleId());
            ps.setLong(2, r.storyId());
            ps.setString(3, decision == null ? "GIVEN" : decision.newStory() ? "NEW" : "MATCHED");
            if (decision == null) {
                ps.setNull(4, Types.DOUBLE);
            }
            else {
                ps.setDouble(4, decision.similarity());
            }
            ps.setString(5, decision == null ? "The story was given with the article." : decision.reason());
            ps.setObject(6, r.terms().draft().publishedOn(), Types.DATE);
            ps.setArray(7, ps.getConnection().createArrayOf("text", weights.keySet().toArray(String[]::new)));
            ps.setArray(8, ps.getConnection().createArrayOf("float4", weights.values().toArray(Float[]::new)));
        });
        List<Learnt> given = new ArrayList<>();
        for (Recorded r : batch) {
            if (r.decision() == null) {
                given.add(new Learnt(r.storyId(), r.articleId(), r.terms().signature(), r.terms().draft().publishedOn()));
            }
        }
        learn(given);
    }

    /** A stored article with its story, key terms and the assignment decision (null when the article named its story). */
    public record Recorded(long articleId, long storyId, DraftTerms terms, StoryAssignment decision) {
    }

    private record Learnt(long storyId, long articleId, Signature signature, LocalDate date) {
    }

    private void learn(List<Learnt> articles) {
        if (articles.isEmpty()) {
            return;
        }
        synchronized (this) {
            StoryIndex known = index();
            articles.forEach(a -> known.add(a.storyId(), a.articleId(), a.signature(), a.date()));
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        forget(articles.stream().map(Learnt::articleId).toList());
                    }
                }
            });
        }
    }

    synchronized void forget(List<Long> articleIds) {
        if (index != null) {
            articleIds.forEach(index::removeArticle);
        }
    }

    /** Drops what is known, so that the next assignment reads the stories afresh (after editors change them). */
    synchronized void reload() {
        index = null;
    }

    /** Built on first use from the newest articles of each story, so start-up never reads the archive. */
    private StoryIndex index() {
        if (index == null) {
            StoryIndex fresh = new StoryIndex();
            jdbc.sql("""
                    select story_id, article_id, published_on, terms, weights from (
                        select sa.*, row_number() over (partition by story_id order by published_on desc nulls last, article_id desc) as n
                        from story_assignment sa) recent
                    where n <= :recent order by story_id, published_on nulls first, article_id""")
                    .param("recent", StoryIndex.RECENT)
                    .query(rs -> {
                        fresh.add(rs.getLong("story_id"), rs.getLong("article_id"), signature(rs),
                                rs.getObject("published_on", LocalDate.class));
                    });
            index = fresh;
        }
        return index;
    }

    private static Signature signature(ResultSet rs) throws SQLException {
        Array termArray = rs.getArray("terms");
        Array weightArray = rs.getArray("weights");
        String[] terms = (String[]) termArray.getArray();
        Float[] weights = (Float[]) weightArray.getArray();
        Map<String, Float> map = new LinkedHashMap<>();
        for (int i = 0; i < terms.length; i++) {
            map.put(terms[i], weights[i]);
        }
        return new Signature(map);
    }

    /** "Rafah ceasefire talks": the headline's names and key words, capitalised as a heading. */
    static String name(ArticleDraft draft) {
        List<String> words = Signature.keyWords(draft.title(), draft.body());
        if (words.isEmpty()) {
            words = Signature.keyWords(draft.body() == null ? "" : draft.body().lines().findFirst().orElse(""), draft.body());
        }
        if (words.isEmpty()) {
            return "Untitled story";
        }
        String name = String.join(" ", words);
        name = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        return draft.publishedOn() == null ? name : name + ", " + draft.publishedOn().getYear();
    }
}
