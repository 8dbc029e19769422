package io.parallax.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lines up the sentences of two texts in order, the way an editor compares a wire story with its rewrite: identical or
 * near-identical sentences are paired, reworded sentences that share their claims or most of their words are paired,
 * and the rest stand alone on their side.
 */
final class SentenceAlignment {

    enum Kind { SAME, REWORDED, ONLY_LEFT, ONLY_RIGHT }

    /** One line of the side-by-side view; a side is null where the other text has no counterpart. */
    record Pair(Kind kind, String left, String right, double similarity) {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Set<String> STOP = Set.of("the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "with",
            "by", "from", "that", "this", "it", "its", "is", "was", "were", "be", "been", "has", "have", "had", "as", "but",
            "which", "who", "their", "they", "his", "her", "he", "she", "would", "will", "since", "into", "than");
    static final double SAME = 0.8;
    static final double REWORDED = 0.3;

    private SentenceAlignment() {
    }

    /**
     * Aligns by dynamic programming over sentence similarity, keeping both texts in order; {@code sharedClaims[i][j]}
     * says whether left sentence i and right sentence j carry claims that agree.
     */
    static List<Pair> align(List<String> left, List<String> right, boolean[][] sharedClaims) {
        int n = left.size();
        int m = right.size();
        List<Set<String>> lw = left.stream().map(SentenceAlignment::words).toList();
        List<Set<String>> rw = right.stream().map(SentenceAlignment::words).toList();
        double[][] sim = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                sim[i][j] = similarity(lw.get(i), rw.get(j));
            }
        }
        double[][] best = new double[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                double pair = matchScore(sim[i][j], sharedClaims[i][j]);
                double take = pair > 0 ? pair + best[i + 1][j + 1] : Double.NEGATIVE_INFINITY;
                best[i][j] = Math.max(take, Math.max(best[i + 1][j], best[i][j + 1]));
            }
        }
        List<Pair> pairs = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            double pair = matchScore(sim[i][j], sharedClaims[i][j]);
            if (pair > 0 && best[i][j] == pair + best[i + 1][j + 1]) {
                Kind kind = sim[i][j] >= SAME ? Kind.SAME : Kind.REWORDED;
                pairs.add(new Pair(kind, left.get(i), right.get(j), sim[i][j]));
                i++;
                j++;
            }
            else if (best[i][j] == best[i + 1][j]) {
                pairs.add(new Pair(Kind.ONLY_LEFT, left.get(i++), null, 0));
            }
            else {
                pairs.add(new Pair(Kind.ONLY_RIGHT, null, right.get(j++), 0));
            }
        }
        while (i < n) {
            pairs.add(new Pair(Kind.ONLY_LEFT, left.get(i++), null, 0));
        }
        while (j < m) {
            pairs.add(new Pair(Kind.ONLY_RIGHT, null, right.get(j++), 0));
        }
        return pairs;
    }

    private static double matchScore(double similarity, boolean sharedClaims) {
        if (similarity >= REWORDED) {
            return similarity + (sharedClaims ? 0.5 : 0);
        }
        // A sentence rewritten beyond recognition still pairs when it carries the same claims.
        return sharedClaims && similarity >= 0.12 ? 0.5 + similarity : 0;
    }

    static Set<String> words(String sentence) {
        Set<String> words = new HashSet<>();
        var m = WORD.matcher(sentence.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            if (!STOP.contains(w)) {
                words.add(w.length() > 5 ? w.substring(0, 5) : w);
            }
        }
        return words;
    }

    /** Dice coefficient over content words, cut to five letters so "ratified" and "ratification" count as one. */
    static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String w : a) {
            if (b.contains(w)) {
                common++;
            }
        }
        return 2.0 * common / (a.size() + b.size());
    }
}
