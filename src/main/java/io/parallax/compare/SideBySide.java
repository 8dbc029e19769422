package io.parallax.compare;

import java.util.List;

import io.parallax.analysis.ClaimType;
import io.parallax.claim.ClaimView;

/** Two articles compared: their claims fact by fact, and their sentences lined up. */
public record SideBySide(Matrix.ArticleRef left, Matrix.ArticleRef right, List<ClaimComparison> claims,
        List<SentenceAlignment.Pair> sentences) {

    public enum Verdict { SAME, DIFFERENT, ONLY_LEFT, ONLY_RIGHT }

    /** One fact as each article states it. */
    public record ClaimComparison(String label, ClaimType type, Verdict verdict, List<ClaimView> left, List<ClaimView> right) {
    }

    public long count(String kind) {
        return sentences.stream().filter(p -> p.kind().name().equals(kind)).count();
    }

    public long countClaims(String verdict) {
        return claims.stream().filter(c -> c.verdict().name().equals(verdict)).count();
    }
}
