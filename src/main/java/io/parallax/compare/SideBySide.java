package io.parallax.compare;

import java.util.List;

import io.parallax.analysis.ClaimType;
import io.parallax.claim.ClaimView;

/** Two articles compared: their claims fact by fact, and their sentences lined up. */
public record SideBySide(Matrix.ArticleRef left, Matrix.ArticleRef right, List<ClaimComparison> claims,
        List<Line> sentences) {

    /** One line of the view: a sentence pair (or a sentence alone), with the words that differ marked on each side. */
    public record Line(SentenceAlignment.Kind kind, String left, String right, double similarity,
            List<WordDiff.Segment> leftWords, List<WordDiff.Segment> rightWords) {

        static Line of(SentenceAlignment.Pair p) {
            if (p.left() == null || p.right() == null) {
                return new Line(p.kind(), p.left(), p.right(), p.similarity(), List.of(), List.of());
            }
            WordDiff.Result diff = WordDiff.of(p.left(), p.right());
            return new Line(p.kind(), p.left(), p.right(), p.similarity(), diff.left(), diff.right());
        }

        public boolean paired() {
            return left != null && right != null;
        }
    }

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
