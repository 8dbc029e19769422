package io.parallax.claim;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import io.parallax.analysis.ArticleText;
import io.parallax.analysis.Claim;
import io.parallax.analysis.ClaimExtractor;
import io.parallax.analysis.Extraction;

/**
 * Claims for many articles at once, for bulk imports: {@link #extract} runs the engine on any thread (it is
 * thread-safe), {@link #store} writes the claims of a batch of articles as JDBC batches inside the caller's transaction.
 */
@Service
public class ClaimBatch {

    private static final String INSERT_CLAIM = """
            insert into claim (article_id, type, start_offset, end_offset, text, sentence, subject_key, subject_label,
              attribution, attribution_person, source_key, value, extractor_version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?)""";
    private static final int[] CLAIM_TYPES = {Types.BIGINT, Types.VARCHAR, Types.INTEGER, Types.INTEGER, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR};

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ClaimBatch.class);

    private final ClaimExtractor extractor = ClaimExtractor.withDefaultVocabulary();
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    ClaimBatch(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** The engine's claims for one article; an engine failure leaves the article without claims, as at single import. */
    public List<Claim> extract(String title, String body, LocalDate referenceDate) {
        try {
            return extractor.extract(new ArticleText(title, body), referenceDate);
        }
        catch (RuntimeException ex) {
            log.error("The extraction engine failed on an imported article; it is stored without claims", ex);
            return null;
        }
    }

    /**
     * Stores the claims of newly stored articles (article id to claims) with their extraction record; a null list
     * means the engine failed on that article, which then stays stale for the next start to try again.
     */
    public void store(Map<Long, List<Claim>> claimsByArticle) {
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> extracted = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        claimsByArticle.forEach((articleId, claims) -> {
            if (claims == null) {
                return;
            }
            claims.forEach(c -> rows.add(row(articleId, c)));
            extracted.add(new Object[] {articleId, ClaimExtractor.VERSION, now});
        });
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(INSERT_CLAIM, rows, CLAIM_TYPES);
        }
        if (!extracted.isEmpty()) {
            jdbc.batchUpdate("""
                    insert into claim_extraction (article_id, extractor_version, extracted_at) values (?, ?, ?)
                    on conflict (article_id) do update set extractor_version = excluded.extractor_version,
                      extracted_at = excluded.extracted_at""", extracted,
                    new int[] {Types.BIGINT, Types.VARCHAR, Types.TIMESTAMP});
            events.publishEvent(new ClaimsExtracted(extracted.stream().map(r -> (Long) r[0]).toList()));
        }
    }

    /**
     * How the engine reads one stored article, with its status (read, or skipped and why); null when the engine failed
     * on it, which leaves its earlier claims in place and the article stale for a later run to try again.
     */
    public Extraction read(long articleId, String title, String body, String language, LocalDate referenceDate) {
        try {
            return extractor.read(new ArticleText(title, body, language), referenceDate);
        }
        catch (RuntimeException ex) {
            log.error("The extraction engine failed on article {}; it keeps its earlier claims", articleId, ex);
            return null;
        }
    }

    /**
     * Replaces stored articles' claims with the running engine's, inside the caller's transaction: the articles are
     * locked first (so a single-article extraction at the same time cannot double them), their old claims deleted and
     * the new ones written with the extraction record, then {@link ClaimsExtracted} lets editors' decisions re-apply
     * before the transaction commits. Readers see the old claims until then. Returns the articles replaced (articles
     * deleted meanwhile are skipped).
     */
    public List<Long> replace(Map<Long, Extraction> extractions) {
        if (extractions.isEmpty()) {
            return List.of();
        }
        List<Long> locked = jdbc.queryForList("select id from article where id = any(?) order by id for no key update",
                Long.class, (Object) extractions.keySet().toArray(Long[]::new));
        if (locked.isEmpty()) {
            return locked;
        }
        jdbc.update("delete from claim where article_id = any(?)", (Object) locked.toArray(Long[]::new));
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> records = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (Long id : locked) {
            Extraction found = extractions.get(id);
            found.claims().forEach(c -> rows.add(row(id, c)));
            records.add(new Object[] {id, ClaimExtractor.VERSION, now, found.status().name(), found.reason()});
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(INSERT_CLAIM, rows, CLAIM_TYPES);
        }
        jdbc.batchUpdate("""
                insert into claim_extraction (article_id, extractor_version, extracted_at, status, reason)
                values (?, ?, ?, ?, ?)
                on conflict (article_id) do update set extractor_version = excluded.extractor_version,
                  extracted_at = excluded.extracted_at, status = excluded.status, reason = excluded.reason""", records,
                new int[] {Types.BIGINT, Types.VARCHAR, Types.TIMESTAMP, Types.VARCHAR, Types.VARCHAR});
        events.publishEvent(new ClaimsExtracted(locked));
        return locked;
    }

    /** The same columns as {@link StoredClaim} writes. */
    private static Object[] row(long articleId, Claim c) {
        return new Object[] {articleId, c.type().name(), c.start(), c.end(), c.text(), c.sentence(),
                c.subject() == null ? null : c.subject().key(), c.subject() == null ? null : c.subject().label(),
                c.attribution() == null ? null : c.attribution().source(),
                c.attribution() == null ? null : c.attribution().person(),
                c.attribution() == null ? null : c.attribution().key(), ClaimValueJson.write(c.value()), ClaimExtractor.VERSION};
    }
}
