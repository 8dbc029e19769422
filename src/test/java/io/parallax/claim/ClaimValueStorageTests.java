package io.parallax.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import io.parallax.IntegrationTest;
import io.parallax.analysis.Attribution;
import io.parallax.analysis.Claim;
import io.parallax.analysis.ClaimValue;
import io.parallax.analysis.DateValue;
import io.parallax.analysis.Qualifier;
import io.parallax.analysis.Span;
import io.parallax.analysis.Subject;
import io.parallax.analysis.TroopCountValue;
import io.parallax.analysis.VoteValue;

/** Every kind of value goes into PostgreSQL as a jsonb document and comes back equal, by both ways claims are read. */
@IntegrationTest
@Transactional
class ClaimValueStorageTests {

    @Autowired
    StoredClaimRepository repository;

    @Autowired
    Claims claims;

    @Autowired
    JdbcClient jdbc;

    static Stream<ClaimValue> values() {
        return Stream.of(DateValue.of(LocalDate.of(2024, 10, 24)), DateValue.of(YearMonth.of(2024, 6)), DateValue.of(Year.of(1953)),
                new TroopCountValue(3000, 3000, Qualifier.EXACT), new TroopCountValue(null, 10000, Qualifier.AT_MOST),
                new TroopCountValue(1000, null, Qualifier.VAGUE), new TroopCountValue(10000, 12000, Qualifier.RANGE),
                new VoteValue("State Duma", 397, 0, null, true), new VoteValue(null, 204, 85, 3, false),
                new VoteValue("Federation Council", null, null, null, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("values")
    void aValueSurvivesTheJsonbColumn(ClaimValue value) {
        long articleId = jdbc.sql("select min(id) from article").query(Long.class).single();
        Claim claim = new Claim(new Span(900000, 900005), "claim", "A claim.", new Subject("test/round-trip", "Round trip"),
                new Attribution("U.S. State Department", "Matthew Miller", "us/state-department"), value);
        StoredClaim stored = repository.saveAll(List.of(new StoredClaim(articleId, claim, "test"))).get(0);
        repository.flush();

        ClaimView byQuery = claims.forArticles(List.of(articleId)).stream().filter(c -> c.start() == 900000).findFirst().orElseThrow();
        assertThat(byQuery.value()).isEqualTo(value);
        assertThat(byQuery.type()).isEqualTo(value.type());
        assertThat(byQuery.sourceKey()).isEqualTo("us/state-department");
        assertThat(stored.toView().value()).isEqualTo(value);
        assertThat(claims.forArticle(articleId)).filteredOn(c -> c.start() == 900000).extracting(ClaimView::value).containsExactly(value);

        String kind = jdbc.sql("select jsonb_typeof(value) from claim where id = :id").param("id", byQuery.id()).query(String.class).single();
        assertThat(kind).isEqualTo("object");
        String type = jdbc.sql("select type from claim where id = :id").param("id", byQuery.id()).query(String.class).single();
        assertThat(type).isEqualTo(value.type().name());
    }

    @org.junit.jupiter.api.Test
    void theDocumentCanBeQueriedByItsFields() {
        long articleId = jdbc.sql("select min(id) from article").query(Long.class).single();
        Claim claim = new Claim(new Span(900000, 900005), "claim", "A claim.", null, null, DateValue.of(YearMonth.of(2024, 6)));
        repository.saveAll(List.of(new StoredClaim(articleId, claim, "test")));
        repository.flush();
        List<String> precisions = jdbc.sql("select value->>'precision' from claim where start_offset = 900000 and value->>'date' = '2024-06'")
                .query(String.class).list();
        assertThat(precisions).containsExactly("MONTH");
    }
}
