package io.parallax.compare;

import io.parallax.analysis.ClaimType;
import io.parallax.analysis.DatePrecision;
import io.parallax.analysis.Qualifier;
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
        return new ClaimView(ids++, 1, ClaimType.DATE, 0, text.length(), text, text, "ratification/state-duma",
                "State Duma ratification", null, null, date, precision, null, null, null, null, null, null, null, null);
    }

    static ClaimView troops(Qualifier qualifier, Integer min, Integer max) {
        return troops(qualifier, min, max, 1, null);
    }

    static ClaimView troops(Qualifier qualifier, Integer min, Integer max, long articleId, String source) {
        return new ClaimView(ids++, articleId, ClaimType.TROOP_COUNT, 0, 5, "troops", "troops", "troops/north-korea/russia",
                "North Korean troops in Russia", source, null, null, null, min, max, qualifier, null, null, null, null, null);
    }

    static ClaimView vote(String chamber, Integer votesFor, Integer votesAgainst, boolean unanimous) {
        return new ClaimView(ids++, 1, ClaimType.VOTE, 0, 5, "vote", "vote", "ratification/state-duma", "State Duma ratification",
                null, null, null, null, null, null, null, chamber, votesFor, votesAgainst, null, unanimous);
    }
}
