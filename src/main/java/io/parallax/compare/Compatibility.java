package io.parallax.compare;

import java.time.LocalDate;
import java.util.Objects;

import io.parallax.claim.ClaimView;

/**
 * Decides whether two claims about the same fact can both be true, the way a careful reader would: "up to 10,000",
 * "around 10,000" and "10,000" agree, "thousands" fits "3,000", "unanimously" fits "397-0", "October 2024" fits
 * "24 Oct 2024".
 */
final class Compatibility {

    private Compatibility() {
    }

    static boolean compatible(ClaimView a, ClaimView b) {
        if (a.type() != b.type()) {
            return false;
        }
        return switch (a.type()) {
            case DATE -> datesCompatible(a.date(), b.date());
            case TROOP_COUNT -> countsCompatible(a, b);
            case VOTE -> votesCompatible(a, b);
        };
    }

    /** Equal, or one is coarser ("2024-10") and contains the other ("2024-10-24"). */
    static boolean datesCompatible(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        return a.startsWith(b) || b.startsWith(a);
    }

    /** The span of true values a count allows, as newsrooms use the words. */
    static long[] interval(ClaimView c) {
        long min = c.min() == null ? 0 : c.min();
        long max = c.max() == null ? 0 : c.max();
        return switch (c.qualifier()) {
            case EXACT -> new long[] {min, min};
            case APPROXIMATE -> new long[] {Math.round(min * 0.85), Math.round(min * 1.15)};
            // "Up to 10,000" is said of numbers near 10,000, not of 3,000.
            case AT_MOST -> new long[] {Math.round(max * 0.75), max};
            case AT_LEAST -> new long[] {min, Math.round(min * 1.3)};
            case RANGE -> new long[] {min, max};
            case VAGUE -> new long[] {min, min * 10};
        };
    }

    static boolean countsCompatible(ClaimView a, ClaimView b) {
        if (a.qualifier() == null || b.qualifier() == null) {
            return false;
        }
        long[] x = interval(a);
        long[] y = interval(b);
        return x[0] <= y[1] && y[0] <= x[1];
    }

    static boolean votesCompatible(ClaimView a, ClaimView b) {
        if (a.chamber() != null && b.chamber() != null && !a.chamber().equals(b.chamber())) {
            return false;
        }
        if (a.votesFor() != null && b.votesFor() != null
                && !(a.votesFor().equals(b.votesFor()) && Objects.equals(a.votesAgainst(), b.votesAgainst()))) {
            return false;
        }
        return unanimityFits(a, b) && unanimityFits(b, a);
    }

    private static boolean unanimityFits(ClaimView unanimous, ClaimView other) {
        if (!Boolean.TRUE.equals(unanimous.unanimous())) {
            return true;
        }
        return other.votesAgainst() == null || other.votesAgainst() == 0;
    }

    static LocalDate day(String date) {
        return date != null && date.length() == 10 ? LocalDate.parse(date) : null;
    }
}
