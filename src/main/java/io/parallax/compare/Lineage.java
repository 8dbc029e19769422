package io.parallax.compare;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import io.parallax.article.ArticleImported;

/**
 * Finds which earlier article each article copies or rewrites (a wire story republished, or reworded), and records it
 * with its similarity: on import, inside the import's transaction, and in the background after start-up for articles
 * stored before.
 */
@Service
public class Lineage {

    /** Word pairs this alike are the same text with a few changes: a carrier's header, a corrected figure. */
    static final double COPY = 0.8;
    /** Word pairs this alike are one story reworded; separate reports of one event share about half as many. */
    static final double REWRITE = 0.2;
    private static final int CANDIDATES = 300;
    private static final int VERIFIED = 12;
    private static final Logger log = LoggerFactory.getLogger(Lineage.class);

    public enum Relation { COPY, REWRITE }

    /** An article's original: the one it copies or rewrites, and the first article of the chain (its root). */
    public record Link(long articleId, long originalId, Relation relation, double similarity, long rootId, Origin root) {

        public int percent() {
            return (int) Math.round(similarity * 100);
        }
    }

    /** The article a chain of copies starts from, as the comparison needs it to name the source they all share. */
    public record Origin(long id, String title, String outlet, String outletSlug, boolean wireAgency, String wire,
            LocalDate publishedOn) {
    }

    private record Stored(long id, LocalDate publishedOn, boolean wireAgency, Long originalId, Double similarity,
            int[] signature) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ExecutorService background = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("lineage-backfill").daemon().factory());
    private volatile boolean stopping;

    Lineage(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @EventListener
    void onImport(ArticleImported event) {
        record(event.article().id());
    }

    /** Records the missing lineages after start-up, in the background: start-up never waits for the archive. */
    @EventListener(ApplicationReadyEvent.class)
    void recordMissingAfterStartUp() {
        background.execute(() -> {
            try {
                recordMissing();
            }
            catch (RuntimeException ex) {
                if (!stopping) {
                    log.error("Recording missing wire lineages failed; the rest are recorded at the next start", ex);
                }
            }
        });
    }

    @PreDestroy
    void close() throws InterruptedException {
        stopping = true;
        background.shutdown();
        if (!background.awaitTermination(30, TimeUnit.SECONDS)) {
            background.shutdownNow();
        }
    }

    /** Records the lineage of every article that has none yet, oldest import first, a page of ids at a time. */
    public int recordMissing() {
        int recorded = 0;
        long after = 0;
        List<Long> missing;
        do {
            missing = jdbc.sql("""
                    select a.id from article a left join article_lineage l on l.article_id = a.id
                    where l.article_id is null and a.id > :after order by a.id limit 500""")
                    .param("after", after).query(Long.class).list();
            for (Long id : missing) {
                if (stopping) {
                    return recorded;
                }
                transactions.executeWithoutResult(status -> record(id));
                recorded++;
            }
            after = missing.isEmpty() ? after : missing.get(missing.size() - 1);
        } while (!missing.isEmpty());
        if (recorded > 0) {
            log.info("Recorded the wire lineage of {} articles", recorded);
        }
        return recorded;
    }

    /** Signs the article, links it to the earlier article it copies best, and links later copies of it to it. */
    @Transactional
    public void record(long articleId) {
        String body = jdbc.sql("select body from article where id = :id").param("id", articleId).query(String.class)
                .optional().orElse(null);
        if (body == null) {
            return;
        }
        Set<Integer> shingles = Shingles.of(body);
        int[] signature = Shingles.signature(shingles);
        int[] bands = shingles.isEmpty() ? new int[0] : Shingles.bands(signature);
        jdbc.sql("""
                insert into article_lineage (article_id, signature, bands) values (:id, :signature, :bands)
                on conflict (article_id) do update set signature = excluded.signature, bands = excluded.bands,
                    original_id = null, relation = null, similarity = null, computed_at = now()""")
                .param("id", articleId).param("signature", boxed(signature)).param("bands", boxed(bands)).update();
        if (shingles.isEmpty()) {
            return;
        }
        Stored self = stored("l.article_id = :id", Map.of("id", articleId)).get(0);
        List<Stored> candidates = stored("l.bands && :bands and l.article_id <> :id limit " + CANDIDATES,
                Map.of("bands", boxed(bands), "id", articleId));
        // Exact similarity needs the other text, so only the few candidates the signatures rank highest are read.
        List<Stored> likely = candidates.stream()
                .filter(other -> Shingles.estimate(signature, other.signature()) >= REWRITE / 2)
                .sorted(Comparator.comparingDouble((Stored other) -> Shingles.estimate(signature, other.signature())).reversed())
                .limit(VERIFIED)
                .toList();
        Stored best = null;
        double bestSimilarity = 0;
        for (Stored other : likely) {
            String otherBody = jdbc.sql("select body from article where id = :id").param("id", other.id()).query(String.class).single();
            double similarity = Shingles.jaccard(shingles, Shingles.of(otherBody));
            if (similarity < REWRITE) {
                continue;
            }
            if (EARLIER.compare(other, self) < 0) {
                if (similarity > bestSimilarity) {
                    best = other;
                    bestSimilarity = similarity;
                }
            }
            else if (other.originalId() == null || other.similarity() == null || other.similarity() < similarity) {
                link(other.id(), articleId, similarity);
            }
        }
        if (best != null) {
            link(articleId, best.id(), bestSimilarity);
        }
    }

    /** The original of an article is the one published first; on the same day, the agency's own before its carriers. */
    private static final Comparator<Stored> EARLIER = Comparator
            .comparing(Stored::publishedOn, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(s -> !s.wireAgency())
            .thenComparingLong(Stored::id);

    private void link(long copy, long original, double similarity) {
        jdbc.sql("update article_lineage set original_id = :original, relation = :relation, similarity = :similarity,"
                        + " computed_at = now() where article_id = :id")
                .param("original", original).param("relation", (similarity >= COPY ? Relation.COPY : Relation.REWRITE).name())
                .param("similarity", similarity).param("id", copy).update();
    }

    private List<Stored> stored(String where, Map<String, Object> params) {
        return jdbc.sql("""
                select l.article_id, a.published_on, o.kind = 'WIRE_AGENCY' as wire_agency, l.original_id, l.similarity,
                    l.signature from article_lineage l join article a on a.id = l.article_id join outlet o on o.id = a.outlet_id
                where """ + " " + where)
                .params(params)
                .query((rs, n) -> new Stored(rs.getLong("article_id"), rs.getObject("published_on", LocalDate.class),
                        rs.getBoolean("wire_agency"), (Long) rs.getObject("original_id"),
                        rs.getObject("similarity") == null ? null : rs.getDouble("similarity"),
                        unboxed((Integer[]) rs.getArray("signature").getArray())))
                .list();
    }

    /** Changes whenever a lineage is recorded: part of the key of cached comparisons. */
    @Transactional(readOnly = true)
    public String version() {
        return jdbc.sql("select count(*) || ':' || coalesce(max(computed_at)::text, '') from article_lineage")
                .query(String.class).single();
    }

    /** The lineage links of the given articles, each with the root of its chain. */
    @Transactional(readOnly = true)
    public Map<Long, Link> of(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Link> links = new HashMap<>();
        jdbc.sql("""
                with recursive chain (article_id, original_id, relation, similarity, root_id, depth) as (
                    select article_id, original_id, relation, similarity, original_id, 0 from article_lineage
                    where article_id = any(:ids) and original_id is not null
                    union all
                    select c.article_id, c.original_id, c.relation, c.similarity, l.original_id, c.depth + 1
                    from chain c join article_lineage l on l.article_id = c.root_id
                    where l.original_id is not null and c.depth < 32)
                select c.*, a.title, a.wire, a.published_on, o.name as outlet, o.slug, o.kind = 'WIRE_AGENCY' as wire_agency
                from (select distinct on (article_id) article_id, original_id, relation, similarity, root_id
                      from chain order by article_id, depth desc) c
                join article a on a.id = c.root_id join outlet o on o.id = a.outlet_id""")
                .param("ids", articleIds.toArray(Long[]::new))
                .query(rs -> {
                    long id = rs.getLong("article_id");
                    Origin root = new Origin(rs.getLong("root_id"), rs.getString("title"), rs.getString("outlet"),
                            rs.getString("slug"), rs.getBoolean("wire_agency"), rs.getString("wire"),
                            rs.getObject("published_on", LocalDate.class));
                    links.put(id, new Link(id, rs.getLong("original_id"), Relation.valueOf(rs.getString("relation")),
                            rs.getDouble("similarity"), rs.getLong("root_id"), root));
                });
        return links;
    }

    /** The articles that copy or rewrite the given one, most alike first. */
    @Transactional(readOnly = true)
    public List<Link> copiesOf(long articleId) {
        return jdbc.sql("""
                select article_id, original_id, relation, similarity from article_lineage
                where original_id = :id order by similarity desc, article_id""")
                .param("id", articleId)
                .query((rs, n) -> new Link(rs.getLong("article_id"), rs.getLong("original_id"),
                        Relation.valueOf(rs.getString("relation")), rs.getDouble("similarity"), articleId, null))
                .list();
    }

    private static Integer[] boxed(int[] values) {
        return java.util.Arrays.stream(values).boxed().toArray(Integer[]::new);
    }

    private static int[] unboxed(Integer[] values) {
        return java.util.Arrays.stream(values).mapToInt(Integer::intValue).toArray();
    }
}
