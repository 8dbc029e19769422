package io.parallax.claim;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import io.parallax.analysis.ArticleText;
import io.parallax.analysis.ClaimExtractor;
import io.parallax.analysis.Extraction;
import io.parallax.article.ArticleImported;
import io.parallax.article.ArticleView;
import io.parallax.article.Articles;

/**
 * Runs the extraction engine over articles: inside the import's own transaction for a new article, and again for the
 * articles an editor's decision concerns. Re-reading the archive when the engine's version changes is
 * {@link Reextraction}'s, in the background.
 */
@Service
public class ClaimExtraction {

    private static final Logger log = LoggerFactory.getLogger(ClaimExtraction.class);

    private final ClaimExtractor extractor = ClaimExtractor.withDefaultVocabulary();
    private final StoredClaimRepository claims;
    private final Articles articles;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    ClaimExtraction(StoredClaimRepository claims, Articles articles, JdbcClient jdbc,
            PlatformTransactionManager transactionManager, ApplicationEventPublisher events) {
        this.claims = claims;
        this.articles = articles;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.events = events;
    }

    @EventListener
    void onImport(ArticleImported event) {
        extract(event.article());
    }

    /** Re-reads every article now, one transaction per article (tests; the API runs {@link Reextraction} instead). */
    public int extractAll() {
        List<Long> ids = articles.allIds();
        ids.forEach(this::extractById);
        return ids.size();
    }

    /** Re-reads the given articles, one transaction per article (after an editor's decision is taken back). */
    public void extract(java.util.Collection<Long> articleIds) {
        articleIds.forEach(this::extractById);
    }

    private void extractById(long id) {
        transactions.executeWithoutResult(status -> articles.find(id).ifPresent(this::extract));
    }

    private void extract(ArticleView article) {
        Extraction found;
        try {
            found = extractor.read(new ArticleText(article.title(), article.body(), article.language()), referenceDate(article));
        }
        catch (RuntimeException ex) {
            // The article matters more than its claims: keep it, and leave it stale so the next start tries again.
            log.error("The extraction engine failed on article {}; it is stored without claims", article.id(), ex);
            return;
        }
        // Serialises with a background re-reading of the same article, so the two never both add claims to it.
        jdbc.sql("select id from article where id = :id for no key update").param("id", article.id()).query(Long.class).optional();
        claims.deleteByArticleId(article.id());
        claims.saveAll(found.claims().stream().map(c -> new StoredClaim(article.id(), c, ClaimExtractor.VERSION)).toList());
        jdbc.sql("""
                insert into claim_extraction (article_id, extractor_version, extracted_at, status, reason)
                values (:id, :version, :at, :status, :reason)
                on conflict (article_id) do update set extractor_version = excluded.extractor_version,
                    extracted_at = excluded.extracted_at, status = excluded.status, reason = excluded.reason""")
                .param("id", article.id()).param("version", ClaimExtractor.VERSION)
                .param("at", java.sql.Timestamp.from(Instant.now())).param("status", found.status().name())
                .param("reason", found.reason()).update();
        events.publishEvent(new ClaimsExtracted(article.id()));
    }

    /** How the running engine last read the article: whether it read it, and why not; empty if it has not yet. */
    @Transactional(readOnly = true)
    public Optional<Status> status(long articleId) {
        return jdbc.sql("select status, reason, extractor_version from claim_extraction where article_id = :id")
                .param("id", articleId)
                .query((rs, n) -> new Status(Extraction.Status.valueOf(rs.getString("status")), rs.getString("reason"),
                        rs.getString("extractor_version")))
                .optional();
    }

    /** The extraction record of one article. */
    public record Status(Extraction.Status status, String reason, String extractorVersion) {

        public boolean skipped() {
            return status == Extraction.Status.SKIPPED;
        }
    }

    /** Relative dates resolve against the publication date; with none known, the import date is the best there is. */
    static LocalDate referenceDate(ArticleView article) {
        if (article.publishedOn() != null) {
            return article.publishedOn();
        }
        Instant imported = article.importedAt() != null ? article.importedAt() : Instant.now();
        return imported.atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
