package io.parallax.compare;

import io.parallax.claim.ClaimView;

/**
 * Decides whether two claims about the same fact can both be true, the way a careful reader would: "up to 10,000",
 * "around 10,000" and "10,000" agree, "thousands" fits "3,000", "unanimously" fits "397-0", "October 2024" fits
 * "24 Oct 2024". The rules for each kind of claim live with its value type ({@code ClaimValue#compatibleWith}).
 */
final class Compatibility {

    private Compatibility() {
    }

    static boolean compatible(ClaimView a, ClaimView b) {
        return a.compatibleWith(b);
    }
}
