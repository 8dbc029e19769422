package io.parallax.correction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.parallax.analysis.DateValue;
import io.parallax.analysis.Qualifier;
import io.parallax.analysis.TroopCountValue;
import io.parallax.claim.ClaimView;

/** How a decision finds its claim again among the claims another engine version found in the same article. */
class ClaimMatcherTests {

    private static ClaimView count(long id, int start, int end, String text) {
        return new ClaimView(id, 7, start, end, text, "sentence", "troops/x", "Troops", null, null, null,
                new TroopCountValue(10000, 10000, Qualifier.EXACT));
    }

    private static ClaimView date(long id, int start, int end, String text) {
        return new ClaimView(id, 7, start, end, text, "sentence", "signing", "Signing", null, null, null,
                DateValue.of(LocalDate.of(2024, 10, 24)));
    }

    private static Correction rejectionOf(ClaimView claim) {
        return Correction.reject(claim, "editor", Instant.EPOCH);
    }

    @Test
    void theSameSpanMatchesFirst() {
        Correction decision = rejectionOf(count(1, 100, 106, "10,000"));
        List<ClaimView> found = List.of(count(20, 90, 106, "up to 10,000"), count(21, 100, 106, "10,000"));
        assertThat(ClaimMatcher.match(decision, found)).get().extracting(ClaimView::id).isEqualTo(21L);
    }

    @Test
    void aWiderOrNarrowerSpanFromANewEngineStillMatches() {
        Correction decision = rejectionOf(count(1, 100, 106, "10,000"));
        List<ClaimView> found = List.of(count(30, 10, 16, "10,000"), count(31, 100, 113, "10,000 troops"));
        assertThat(ClaimMatcher.match(decision, found)).get().extracting(ClaimView::id).isEqualTo(31L);
    }

    @Test
    void aClaimOfAnotherTypeAtTheSameSpanDoesNotMatch() {
        Correction decision = rejectionOf(count(1, 100, 106, "10,000"));
        assertThat(ClaimMatcher.match(decision, List.of(date(40, 100, 106, "10,000")))).isEmpty();
    }

    @Test
    void movedTextMatchesOnlyWhenItsTextIsUnique() {
        Correction decision = rejectionOf(date(1, 50, 57, "Oct. 24"));
        assertThat(ClaimMatcher.match(decision, List.of(date(50, 80, 87, "Oct.  24"))))
                .get().extracting(ClaimView::id).isEqualTo(50L);
        assertThat(ClaimMatcher.match(decision, List.of(date(51, 80, 87, "Oct. 24"), date(52, 200, 207, "Oct. 24")))).isEmpty();
    }

    @Test
    void aClaimTheEngineNoLongerFindsMatchesNothing() {
        Correction decision = rejectionOf(date(1, 50, 57, "Oct. 24"));
        assertThat(ClaimMatcher.match(decision, List.of(date(60, 300, 308, "Thursday")))).isEmpty();
    }
}
