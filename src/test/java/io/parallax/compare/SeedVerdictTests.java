package io.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.parallax.IntegrationTest;
import io.parallax.analysis.ClaimType;
import io.parallax.article.ArticleFilter;

/** The verdicts and the wire lineage of the five seed articles, read from the service and the database. */
@IntegrationTest
class SeedVerdictTests {

    @Autowired
    ComparisonService comparisons;

    @Autowired
    JdbcClient jdbc;

    private Matrix seeds() {
        ArticleFilter filter = new ArticleFilter(null, "2024-01-01", "2024-11-30", null, "russia-north-korea-treaty-2024", null, null);
        return comparisons.compare(filter.validate());
    }

    private Matrix.Row row(ClaimType type, String subject) {
        return seeds().rows().stream().filter(r -> r.type() == type && r.subject().equals(subject)).findFirst().orElseThrow();
    }

    @Test
    void theTroopFigureReadsUpdatedOverTimeWithWhatChangedWhenAndPerWhom() {
        Matrix.Row troops = row(ClaimType.TROOP_COUNT, "troops/north-korea/russia");

        assertThat(troops.verdict()).isEqualTo(Verdict.UPDATED);
        assertThat(troops.change()).isEqualTo("3,000 (US, 24 Oct) → 10,000 (US, 6 Nov)");
        assertThat(troops.reason()).isEqualTo("Updated over time: 3,000 (US, 24 Oct) → 10,000 (US, 6 Nov).");
        assertThat(troops.consensus()).isEqualTo("10,000");
        assertThat(troops.disagreement()).isFalse();
        assertThat(troops.cells().stream().flatMap(c -> c.entries().stream())).noneMatch(Matrix.Entry::dissenting);
    }

    @Test
    void aFactOnlyOneOutletReportsIsASingleSource() {
        Matrix.Row vote = row(ClaimType.VOTE, "ratification/state-duma");

        assertThat(vote.verdict()).isEqualTo(Verdict.SINGLE_SOURCE);
        assertThat(vote.reason()).isEqualTo("Only Radio Shoma 93.4 reports this.");
        assertThat(vote.sources()).isEqualTo(1);
    }

    @Test
    void theApStoryAndItsRewriteCountOnce() {
        Matrix.Row council = row(ClaimType.DATE, "ratification/federation-council");

        assertThat(council.verdict()).isEqualTo(Verdict.AGREE);
        assertThat(council.sources()).isEqualTo(2);
        assertThat(council.reason()).isEqualTo("2 independent sources agree on 6 Nov 2024 (2 copies of one AP story, counted once).");
    }

    @Test
    void genuineDisagreementsComeFirstThenChangesThenAgreementThenSingleSources() {
        var verdicts = seeds().rows().stream().map(Matrix.Row::verdict).toList();

        assertThat(verdicts).isSortedAccordingTo(java.util.Comparator.naturalOrder());
        assertThat(verdicts.get(0)).isEqualTo(Verdict.UPDATED);
    }

    @Test
    void theRewriteOfTheApStoryIsRecordedWithItsSimilarity() {
        Map<String, Object> rewrite = jdbc.sql("""
                select o.name as original, l.relation, l.similarity from article_lineage l
                join article a on a.id = l.original_id join outlet o on o.id = a.outlet_id
                join article c on c.id = l.article_id where c.title like 'Russia confirms agreement%'""").query().singleRow();

        assertThat(rewrite.get("original")).isEqualTo("Associated Press");
        assertThat(rewrite.get("relation")).isEqualTo("REWRITE");
        assertThat(((Number) rewrite.get("similarity")).doubleValue()).isBetween(0.2, 0.3);
        assertThat(jdbc.sql("select count(*) from article_lineage l join article a on a.id = l.article_id"
                + " join story s on s.id = a.story_id where s.slug = 'russia-north-korea-treaty-2024' and l.original_id is not null")
                .query(Long.class).single()).isEqualTo(1);
    }
}
