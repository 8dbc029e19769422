package io.parallax.compare;

import static io.parallax.compare.Claims.date;
import static io.parallax.compare.Claims.troops;
import static io.parallax.compare.Claims.vote;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.parallax.analysis.Qualifier;
import io.parallax.claim.ClaimView;

class CompatibilityTests {

    private static ClaimView count(String qualifier, String min, String max) {
        return troops(Qualifier.valueOf(qualifier), min.isEmpty() ? null : Integer.valueOf(min), max.isEmpty() ? null : Integer.valueOf(max));
    }

    @ParameterizedTest(name = "{0} {1}-{2} vs {3} {4}-{5}: {6}")
    @CsvSource(nullValues = "-", value = {
            "AT_MOST,,10000,      APPROXIMATE,10000,10000, true",
            "AT_MOST,,10000,      EXACT,10000,10000,       true",
            "APPROXIMATE,10000,10000, EXACT,10000,10000,   true",
            "VAGUE,1000,,         EXACT,3000,3000,         true",
            "VAGUE,1000,,         APPROXIMATE,10000,10000, true",
            "AT_LEAST,10000,,     APPROXIMATE,10000,10000, true",
            "EXACT,3000,3000,     APPROXIMATE,3000,3000,   true",
            "RANGE,10000,12000,   EXACT,11000,11000,       true",
            "EXACT,3000,3000,     AT_MOST,,10000,          false",
            "APPROXIMATE,3000,3000, APPROXIMATE,10000,10000, false",
            "EXACT,3000,3000,     AT_LEAST,10000,,         false",
            "RANGE,10000,12000,   EXACT,3000,3000,         false"})
    void troopCountsAgreeWhenBothCanBeTrue(String q1, String min1, String max1, String q2, String min2, String max2, boolean expected) {
        ClaimView a = count(q1, nz(min1), nz(max1));
        ClaimView b = count(q2, nz(min2), nz(max2));
        assertThat(Compatibility.compatible(a, b)).isEqualTo(expected);
        assertThat(Compatibility.compatible(b, a)).isEqualTo(expected);
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }

    @ParameterizedTest(name = "{0} vs {1}: {2}")
    @CsvSource({"2024-10-24,2024-10-24,true", "2024-10,2024-10-24,true", "2024,2024-06,true", "2024-10-24,2024-10-23,false",
            "2024-06,2024-10,false"})
    void datesAgreeWhenOneContainsTheOther(String a, String b, boolean expected) {
        assertThat(Compatibility.compatible(date(a, a), date(b, b))).isEqualTo(expected);
    }

    @Test
    void aUnanimousVoteAgreesWithATallyWithoutVotesAgainst() {
        assertThat(Compatibility.compatible(vote("State Duma", null, null, true), vote("State Duma", 397, 0, true))).isTrue();
        assertThat(Compatibility.compatible(vote("State Duma", null, null, true), vote("State Duma", 397, 3, false))).isFalse();
        assertThat(Compatibility.compatible(vote("State Duma", 397, 0, true), vote("State Duma", 390, 0, true))).isFalse();
        assertThat(Compatibility.compatible(vote("State Duma", 397, 0, true), vote("Federation Council", 397, 0, true))).isFalse();
    }

    @Test
    void clusteringSeparatesTheThreeThousandReportsFromTheTenThousandOnes() {
        List<ClaimView> claims = List.of(troops(Qualifier.EXACT, 3000, 3000), troops(Qualifier.AT_MOST, null, 10000),
                troops(Qualifier.APPROXIMATE, 10000, 10000), troops(Qualifier.APPROXIMATE, 3000, 3000),
                troops(Qualifier.EXACT, 10000, 10000));

        List<List<ClaimView>> clusters = ComparisonService.cluster(claims).groups();

        assertThat(clusters).hasSize(2);
        assertThat(clusters).extracting(c -> c.stream().map(ClaimView::valueLabel).sorted().toList())
                .containsExactlyInAnyOrder(List.of("3,000", "about 3,000"), List.of("10,000", "about 10,000", "up to 10,000"));
    }

    @Test
    void aVagueFigureThatFitsBothGroupsJoinsNeither() {
        ClaimView thousands = troops(Qualifier.VAGUE, 1000, null);
        var clustering = ComparisonService.cluster(List.of(troops(Qualifier.EXACT, 3000, 3000), thousands,
                troops(Qualifier.APPROXIMATE, 10000, 10000)));

        assertThat(clustering.groups()).hasSize(2);
        assertThat(clustering.ambiguous()).containsExactly(thousands);
    }

    @Test
    void theRepresentativeValueIsTheMostSpecificOne() {
        assertThat(ComparisonService.representative(List.of(date("2024-10", "in October"), date("2024-10-24", "Oct. 24"))))
                .isEqualTo("24 Oct 2024");
        assertThat(ComparisonService.representative(List.of(vote("State Duma", null, null, true), vote("State Duma", 397, 0, true))))
                .isEqualTo("State Duma: 397–0 (unanimous)");
    }

    @Test
    void spellingsOfOneSourceAreOneSource() {
        assertThat(Sources.key("US")).isEqualTo(Sources.key("the U.S.")).isEqualTo(Sources.key("reports from the U.S."));
        assertThat(Sources.key("U.S. State Department")).isNotEqualTo(Sources.key("U.S."));
    }

    @Test
    void rowQuestionsReadAsQuestions() {
        assertThat(ComparisonService.question(io.parallax.analysis.ClaimType.DATE, "State Duma ratification"))
                .isEqualTo("When was the State Duma ratification?");
        assertThat(ComparisonService.question(io.parallax.analysis.ClaimType.DATE, "Treaty signing"))
                .isEqualTo("When was the treaty signing?");
        assertThat(ComparisonService.question(io.parallax.analysis.ClaimType.TROOP_COUNT, "North Korean troops in Russia"))
                .isEqualTo("How many North Korean troops in Russia?");
    }
}
