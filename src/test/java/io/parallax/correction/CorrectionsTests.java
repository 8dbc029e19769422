package io.parallax.correction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import io.parallax.analysis.ClaimType;
import io.parallax.analysis.Qualifier;
import io.parallax.analysis.TroopCountValue;
import io.parallax.article.ArticleFilter;
import io.parallax.claim.ClaimExtraction;
import io.parallax.claim.ClaimView;
import io.parallax.claim.Claims;
import io.parallax.compare.ComparisonService;
import io.parallax.compare.Matrix;

/**
 * Each correction against the seed articles in real PostgreSQL: what it changes, what the audit log says, that the
 * engine reading every article again keeps the editor's decision, and that undoing it brings the engine's reading back.
 * Every test undoes what it did, so the tests do not depend on their order.
 */
@CorrectionTest
class CorrectionsTests {

    private static final String EDITOR = "editor";

    @Autowired
    Corrections corrections;

    @Autowired
    Claims claims;

    @Autowired
    ClaimExtraction extraction;

    @Autowired
    ComparisonService comparisons;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    /** The one claim with this text and type in the outlet's article. */
    private ClaimView claim(String outletSlug, ClaimType type, String text) {
        List<ClaimView> found = claimsOf(outletSlug, type, text);
        assertThat(found).as("claims %s %s in %s", type, text, outletSlug).hasSize(1);
        return found.get(0);
    }

    private List<ClaimView> claimsOf(String outletSlug, ClaimType type, String textStart) {
        List<Long> articles = jdbc.sql("select a.id from article a join outlet o on o.id = a.outlet_id where o.slug = :slug")
                .param("slug", outletSlug).query(Long.class).list();
        return claims.forArticles(articles).stream().filter(c -> c.type() == type && c.text().startsWith(textStart)).toList();
    }

    /** The claim of this type starting at this offset of the article. */
    private List<ClaimView> at(long articleId, ClaimType type, int start) {
        return claims.forArticle(articleId).stream().filter(c -> c.type() == type && c.start() == start).toList();
    }

    /** The one claim of the seeds the engine files under "Missile launch" (a Tuesday in Hurriyet's article). */
    private ClaimView theLaunch() {
        return row(ClaimType.DATE, "launch").stream().filter(c -> c.text().contains("Tuesday")).findFirst().orElseThrow();
    }

    private List<ClaimView> row(ClaimType type, String key) {
        List<Long> all = jdbc.sql("select id from article").query(Long.class).list();
        return claims.forArticles(all).stream().filter(c -> c.type() == type && key.equals(c.subjectKey())).toList();
    }

    /** Whether the matrix shows the claim of this article at this offset. */
    private boolean inMatrix(long articleId, int start) {
        return matrix().rows().stream().flatMap(r -> r.cells().stream()).flatMap(c -> c.entries().stream())
                .anyMatch(e -> e.claim().articleId() == articleId && e.claim().start() == start);
    }

    private Matrix matrix() {
        return comparisons.compare(new ArticleFilter(null, null, null, null, null, null, null).validate());
    }

    @Test
    void aRejectedClaimDisappearsStaysRejectedWhenTheEngineReadsAgainAndComesBackOnUndo() {
        ClaimView launch = theLaunch();

        AuditRecord rejected = corrections.reject(launch.id(), "Not this story's launch", EDITOR);

        assertThat(rejected.action()).isEqualTo(AuditAction.REJECT);
        assertThat(rejected.editor()).isEqualTo(EDITOR);
        assertThat(rejected.reason()).isEqualTo("Not this story's launch");
        assertThat(rejected.before()).contains("Date").contains("Missile launch");
        assertThat(rejected.after()).isEqualTo("rejected");
        assertThat(at(launch.articleId(), ClaimType.DATE, launch.start())).isEmpty();
        assertThat(inMatrix(launch.articleId(), launch.start())).isFalse();

        extraction.extractAll();
        assertThat(at(launch.articleId(), ClaimType.DATE, launch.start())).as("rejected after the engine read every article again").isEmpty();

        AuditRecord undone = corrections.undo(rejected.id(), "Wrong claim", EDITOR);
        assertThat(undone.action()).isEqualTo(AuditAction.UNDO);
        assertThat(undone.undoes()).isEqualTo(rejected.id());
        ClaimView back = at(launch.articleId(), ClaimType.DATE, launch.start()).getFirst();
        assertThat(back.subjectKey()).isEqualTo("launch");
        assertThat(back.valueLabel()).isEqualTo(launch.valueLabel());
        assertThat(matrix().rows()).anyMatch(r -> r.subject().equals("launch"));

        List<AuditRecord> history = corrections.history(launch.articleId(), null);
        assertThat(history).extracting(AuditRecord::id).containsSubsequence(undone.id(), rejected.id());
        assertThat(history).filteredOn(e -> e.id() == rejected.id()).singleElement()
                .satisfies(e -> assertThat(e.undoable()).isFalse());
        assertThat(corrections.history(null, "launch")).extracting(AuditRecord::id).contains(rejected.id(), undone.id());
        assertThatThrownBy(() -> corrections.undo(rejected.id(), "again", EDITOR))
                .isInstanceOfSatisfying(CorrectionException.class, ex -> assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.CONFLICT));
    }

    @Test
    void aCorrectedValueIsStoredOnceAsTheEnginesValueTypeAndSurvivesReExtraction() {
        ClaimView about = claim("radio-shoma-93-4", ClaimType.TROOP_COUNT, "about 3,000");

        AuditRecord corrected = corrections.correctValue(about.id(),
                new ValueInput(null, null, "RANGE", "3,000", "5000", null, null, null, null, null), "The text gives a range", EDITOR);

        assertThat(corrected.before()).isEqualTo("about 3,000");
        assertThat(corrected.after()).isEqualTo("3,000–5,000");
        ClaimView now = claim("radio-shoma-93-4", ClaimType.TROOP_COUNT, "about 3,000");
        assertThat(now.value()).isEqualTo(new TroopCountValue(3000, 5000, Qualifier.RANGE));
        String stored = jdbc.sql("select value::text from correction where id = :id").param("id", corrected.correctionId())
                .query(String.class).single();
        assertThat(stored).contains("\"qualifier\": \"RANGE\"").contains("\"min\": 3000").contains("\"max\": 5000");

        extraction.extractAll();
        assertThat(claim("radio-shoma-93-4", ClaimType.TROOP_COUNT, "about 3,000").valueLabel()).isEqualTo("3,000–5,000");

        corrections.undo(corrected.id(), "Back to the engine's reading", EDITOR);
        assertThat(claim("radio-shoma-93-4", ClaimType.TROOP_COUNT, "about 3,000").valueLabel()).isEqualTo("about 3,000");
    }

    @Test
    void aMergeMovesTheRowKeepsApplyingToArticlesAddedLaterAndUndoes() throws Exception {
        int launches = row(ClaimType.DATE, "launch").size();
        int northKorean = row(ClaimType.DATE, "launch/north-korea").size();
        assertThat(launches).isPositive();

        AuditRecord merged = corrections.merge(ClaimType.DATE, "launch", "launch/north-korea", "The same launch", EDITOR);

        assertThat(row(ClaimType.DATE, "launch")).isEmpty();
        assertThat(row(ClaimType.DATE, "launch/north-korea")).hasSize(launches + northKorean)
                .allMatch(c -> c.subjectLabel().equals("North Korean missile launch"));
        assertThat(matrix().rows().stream().map(Matrix.Row::subject).toList()).doesNotContain("launch");

        mvc.perform(post("/api/articles").with(httpBasic("admin", "test-password")).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"outlet": "Merge Test Wire", "publishedAt": "2024-11-05", "title": "Another salvo",
                         "body": "The reclusive state fired another salvo of short-range ballistic missiles early Tuesday, according to Seoul's military, its second launch this week."}
                        """)).andExpect(status().isCreated());
        assertThat(row(ClaimType.DATE, "launch")).as("the new article's launch is merged too").isEmpty();
        assertThat(claimsOf("merge-test-wire", ClaimType.DATE, "early Tuesday")).singleElement()
                .satisfies(c -> assertThat(c.subjectKey()).isEqualTo("launch/north-korea"));
        assertThat(corrections.history(null, "launch")).extracting(AuditRecord::id).contains(merged.id());
        assertThat(corrections.history(null, "launch/north-korea")).extracting(AuditRecord::id).contains(merged.id());

        corrections.undo(merged.id(), "They are two launches", EDITOR);

        assertThat(row(ClaimType.DATE, "launch")).hasSize(launches + 1);
        assertThat(row(ClaimType.DATE, "launch/north-korea")).hasSize(northKorean);
        assertThat(claimsOf("merge-test-wire", ClaimType.DATE, "early Tuesday")).singleElement()
                .satisfies(c -> assertThat(c.subjectKey()).isEqualTo("launch"));
    }

    @Test
    void aRelabelledRowKeepsItsLabelThroughReExtractionAndAnUndoOfTheUndoRestoresIt() {
        AuditRecord relabelled = corrections.relabel(ClaimType.DATE, "signing/treaty", "Putin–Kim treaty signing",
                "Name the treaty", EDITOR);
        assertThat(row(ClaimType.DATE, "signing/treaty")).isNotEmpty().allMatch(c -> c.subjectLabel().equals("Putin–Kim treaty signing"));

        extraction.extractAll();
        assertThat(row(ClaimType.DATE, "signing/treaty")).isNotEmpty().allMatch(c -> c.subjectLabel().equals("Putin–Kim treaty signing"));
        assertThat(matrix().rows().stream().map(Matrix.Row::label).toList()).contains("Putin–Kim treaty signing");

        AuditRecord undone = corrections.undo(relabelled.id(), "Keep the engine's label", EDITOR);
        assertThat(row(ClaimType.DATE, "signing/treaty")).allMatch(c -> c.subjectLabel().equals("Treaty signing"));

        AuditRecord redone = corrections.undo(undone.id(), "On second thoughts", EDITOR);
        assertThat(redone.summary()).startsWith("Restored:");
        assertThat(row(ClaimType.DATE, "signing/treaty")).allMatch(c -> c.subjectLabel().equals("Putin–Kim treaty signing"));

        corrections.undo(redone.id(), "Tidy up", EDITOR);
        assertThat(row(ClaimType.DATE, "signing/treaty")).allMatch(c -> c.subjectLabel().equals("Treaty signing"));
    }

    @Test
    void aClaimSplitIntoItsOwnRowAndOneMovedToAnotherRowStaySoAfterReExtraction() {
        ClaimView troops = claim("radio-shoma-93-4", ClaimType.TROOP_COUNT, "about 3,000");
        AuditRecord split = corrections.split(troops.id(), "North Korean troops in Russia (early estimate)", "An older figure", EDITOR);
        ClaimView alone = claim("radio-shoma-93-4", ClaimType.TROOP_COUNT, "about 3,000");
        assertThat(alone.subjectKey()).startsWith("troops/north-korea/russia/split-").isEqualTo(split.target());
        assertThat(alone.subjectLabel()).isEqualTo("North Korean troops in Russia (early estimate)");

        ClaimView launch = theLaunch();
        AuditRecord moved = corrections.moveToRow(launch.id(), "launch/north-korea", "The launch was North Korea's", EDITOR);
        assertThat(at(launch.articleId(), ClaimType.DATE, launch.start())).singleElement()
                .satisfies(c -> assertThat(c.subjectKey()).isEqualTo("launch/north-korea"));

        extraction.extractAll();
        assertThat(claim("radio-shoma-93-4", ClaimType.TROOP_COUNT, "about 3,000").subjectKey()).isEqualTo(split.target());
        assertThat(at(launch.articleId(), ClaimType.DATE, launch.start())).singleElement()
                .satisfies(c -> assertThat(c.subjectKey()).isEqualTo("launch/north-korea"));
        assertThat(matrix().rows().stream().map(r -> r.subject() + " " + r.label()).toList())
                .contains(split.target() + " North Korean troops in Russia (early estimate)");

        corrections.undo(moved.id(), "Tidy up", EDITOR);
        corrections.undo(split.id(), "Tidy up", EDITOR);
        assertThat(claim("radio-shoma-93-4", ClaimType.TROOP_COUNT, "about 3,000").subjectKey()).isEqualTo("troops/north-korea/russia");
        assertThat(at(launch.articleId(), ClaimType.DATE, launch.start())).singleElement()
                .satisfies(c -> assertThat(c.subjectKey()).isEqualTo("launch"));
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndChangesNothing() {
        ClaimView about = claim("radio-shoma-93-4", ClaimType.TROOP_COUNT, "about 3,000");
        long entries = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();

        assertThatThrownBy(() -> corrections.reject(about.id(), "  ", EDITOR))
                .isInstanceOfSatisfying(CorrectionException.class, ex -> assertThat(ex.errors()).containsKey("reason"));
        assertThatThrownBy(() -> corrections.correctValue(about.id(),
                new ValueInput(null, null, "RANGE", "9000", "5000", null, null, null, null, null), "typo", EDITOR))
                .isInstanceOfSatisfying(CorrectionException.class, ex -> assertThat(ex.errors()).containsKey("max"));
        assertThatThrownBy(() -> corrections.correctValue(about.id(),
                new ValueInput(null, null, "LOTS", "x", null, null, null, null, null, null), "typo", EDITOR))
                .isInstanceOfSatisfying(CorrectionException.class, ex -> assertThat(ex.errors()).containsKeys("qualifier", "min"));
        assertThatThrownBy(() -> corrections.merge(ClaimType.DATE, "statement/ru/presidency", "statement/ru/presidency", "same", EDITOR))
                .isInstanceOfSatisfying(CorrectionException.class, ex -> assertThat(ex.errors()).containsKey("into"));
        assertThatThrownBy(() -> corrections.merge(ClaimType.DATE, "statement/ru/presidency", "no/such-row", "same", EDITOR))
                .isInstanceOfSatisfying(CorrectionException.class, ex -> assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST));
        assertThatThrownBy(() -> corrections.reject(Long.MAX_VALUE, "gone", EDITOR))
                .isInstanceOfSatisfying(CorrectionException.class, ex -> assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND));

        assertThat(jdbc.sql("select count(*) from audit_entry").query(Long.class).single()).isEqualTo(entries);
        assertThat(claim("radio-shoma-93-4", ClaimType.TROOP_COUNT, "about 3,000").valueLabel()).isEqualTo("about 3,000");
    }
}
