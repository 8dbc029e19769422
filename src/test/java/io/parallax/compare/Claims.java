package io.parallax.compare;

import io.parallax.analysis.ClaimValue;
import io.parallax.analysis.DatePrecision;
import io.parallax.analysis.DateValue;
import io.parallax.analysis.Qualifier;
import io.parallax.analysis.TroopCountValue;
import io.parallax.analysis.VoteValue;
import io.parallax.claim.ClaimView;

/** Claim values for tests of the comparison rules, without a database. */
final class Claims {

    private static long ids = 1;

    private Claims() {
    }

    static ClaimView date(String date, String text) {
        DatePrecision precision = switch (date.length()) {
            case 10 -> DatePrecision.DAY;
            case 7 -> DatePrecision.MONTH;
            default -> DatePrecision.YEAR;
        };
        return claim(1, text, "ratification/state-duma", "State Duma ratification", null, new DateValue(date, precision));
    }

    static ClaimView troops(Qualifier qualifier, Integer min, Integer max) {
        return troops(qualifier, min, max, 1, null);
    }

    static ClaimView troops(Qualifier qualifier, Integer min, Integer max, long articleId, String source) {
        return claim(articleId, "troops", "troops/north-korea/russia", "North Korean troops in Russia", source,
                new TroopCountValue(min, max, qualifier));
    }

    static ClaimView vote(String chamber, Integer votesFor, Integer votesAgainst, boolean unanimous) {
        return claim(1, "vote", "ratification/state-duma", "State Duma ratification", null,
                new VoteValue(chamber, votesFor, votesAgainst, null, unanimous));
    }

    private static ClaimView claim(long articleId, String text, String subject, String label, String source, ClaimValue value) {
        return new ClaimView(ids++, articleId, 0, text.length(), text, text, subject, label, source, null, null, value);
    }
}
