package io.parallax.correction;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.parallax.claim.ClaimView;

/**
 * Finds the claim an editor's decision was about among the claims the engine found in the same article, perhaps with
 * another engine version: the same span; else the same type's claim overlapping it most (the engine now reads a word
 * more or less); else the one claim of that type with the same text (the text moved).
 */
final class ClaimMatcher {

    private ClaimMatcher() {
    }

    static Optional<ClaimView> match(Correction decision, List<ClaimView> claims) {
        List<ClaimView> sameType = claims.stream()
                .filter(c -> c.type() == decision.getClaimType() && c.articleId() == decision.getArticleId()).toList();
        int start = decision.getSpanStart();
        int end = decision.getSpanEnd();
        Optional<ClaimView> exact = sameType.stream().filter(c -> c.start() == start && c.end() == end).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        Optional<ClaimView> overlapping = sameType.stream()
                .filter(c -> overlap(c, start, end) > 0)
                .max(Comparator.<ClaimView>comparingInt(c -> overlap(c, start, end))
                        .thenComparing(c -> -Math.abs(c.start() - start)));
        if (overlapping.isPresent()) {
            return overlapping;
        }
        String text = normalise(decision.getSpanText());
        List<ClaimView> sameText = sameType.stream().filter(c -> normalise(c.text()).equals(text)).toList();
        return sameText.size() == 1 ? Optional.of(sameText.get(0)) : Optional.empty();
    }

    private static int overlap(ClaimView c, int start, int end) {
        return Math.max(0, Math.min(c.end(), end) - Math.max(c.start(), start));
    }

    private static String normalise(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
