package io.parallax.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

import io.parallax.system.RequestDeadline;

/**
 * Lines up the sentences of two texts in order, the way an editor compares a wire story with its rewrite: identical or
 * near-identical sentences are paired, reworded sentences that share their claims or most of their words are paired,
 * and the rest stand alone on their side.
 *
 * <p>Work and memory grow with the texts' length, not its square: sentences that occur once in each text, word for
 * word, are anchors (their longest increasing run keeps both texts in order, as in patience diff); between anchors a
 * dynamic programme looks only at a band of {@link #BAND} sentences either side of the diagonal. Beyond
 * {@link #MAX_SENTENCES} sentences a side, the rest is listed unaligned.
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
    /** How far from the diagonal of a stretch between anchors a pairing is looked for. */
    static final int BAND = 48;
    /** Sentences a side that are aligned at all; the rest of a longer text is listed after them. */
    static final int MAX_SENTENCES = 20_000;

    private SentenceAlignment() {
    }

    /** As {@link #align(List, List, BiPredicate)}, with the shared claims given as a matrix (for small texts and tests). */
    static List<Pair> align(List<String> left, List<String> right, boolean[][] sharedClaims) {
        return align(left, right, (i, j) -> sharedClaims[i][j]);
    }

    /**
     * Aligns the two texts in order; {@code sharedClaims} says whether left sentence i and right sentence j carry
     * claims that agree, and is asked only about pairs within the band.
     */
    static List<Pair> align(List<String> left, List<String> right, BiPredicate<Integer, Integer> sharedClaims) {
        int n = Math.min(left.size(), MAX_SENTENCES);
        int m = Math.min(right.size(), MAX_SENTENCES);
        List<Set<String>> lw = new ArrayList<>(n);
        List<Set<String>> rw = new ArrayList<>(m);
        for (int i = 0; i < n; i++) {
            lw.add(words(left.get(i)));
        }
        for (int j = 0; j < m; j++) {
            rw.add(words(right.get(j)));
        }
        Aligner aligner = new Aligner(left, right, lw, rw, sharedClaims);
        int i = 0;
        int j = 0;
        for (int[] anchor : anchors(left.subList(0, n), right.subList(0, m))) {
            aligner.gap(i, anchor[0], j, anchor[1]);
            aligner.pairs.add(new Pair(Kind.SAME, left.get(anchor[0]), right.get(anchor[1]), 1.0));
            i = anchor[0] + 1;
            j = anchor[1] + 1;
        }
        aligner.gap(i, n, j, m);
        for (int k = n; k < left.size(); k++) {
            aligner.pairs.add(new Pair(Kind.ONLY_LEFT, left.get(k), null, 0));
        }
        for (int k = m; k < right.size(); k++) {
            aligner.pairs.add(new Pair(Kind.ONLY_RIGHT, null, right.get(k), 0));
        }
        return aligner.pairs;
    }

    /** Sentences found exactly once on each side, word for word, as (left, right) indexes increasing on both sides. */
    static List<int[]> anchors(List<String> left, List<String> right) {
        Map<String, int[]> seen = new HashMap<>();
        for (int i = 0; i < left.size(); i++) {
            int index = i;
            seen.merge(key(left.get(i)), new int[] {index, -1, 1, 0}, (a, b) -> new int[] {a[0], a[1], a[2] + 1, a[3]});
        }
        for (int j = 0; j < right.size(); j++) {
            int[] entry = seen.get(key(right.get(j)));
            if (entry != null) {
                entry[1] = j;
                entry[3]++;
            }
        }
        List<int[]> candidates = new ArrayList<>();
        for (Map.Entry<String, int[]> e : seen.entrySet()) {
            int[] v = e.getValue();
            if (v[2] == 1 && v[3] == 1 && !e.getKey().isEmpty()) {
                candidates.add(new int[] {v[0], v[1]});
            }
        }
        candidates.sort((a, b) -> Integer.compare(a[0], b[0]));
        return longestIncreasing(candidates);
    }

    /** The longest run of candidates whose right indexes increase, in O(k log k). */
    private static List<int[]> longestIncreasing(List<int[]> candidates) {
        int k = candidates.size();
        int[] tails = new int[k];
        int[] previous = new int[k];
        int length = 0;
        for (int c = 0; c < k; c++) {
            int value = candidates.get(c)[1];
            int lo = 0;
            int hi = length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (candidates.get(tails[mid])[1] < value) {
                    lo = mid + 1;
                }
                else {
                    hi = mid;
                }
            }
            previous[c] = lo > 0 ? tails[lo - 1] : -1;
            tails[lo] = c;
            length = Math.max(length, lo + 1);
        }
        int[][] chain = new int[length][];
        for (int c = length == 0 ? -1 : tails[length - 1], at = length - 1; c >= 0; c = previous[c], at--) {
            chain[at] = candidates.get(c);
        }
        return Arrays.asList(chain);
    }

    private static String key(String sentence) {
        return String.join(" ", WORD.matcher(sentence.toLowerCase(Locale.ROOT)).results().map(r -> r.group()).toList());
    }

    /** Aligns the stretches between anchors by a banded dynamic programme. */
    private static final class Aligner {

        final List<String> left;
        final List<String> right;
        final List<Set<String>> lw;
        final List<Set<String>> rw;
        final BiPredicate<Integer, Integer> shared;
        final List<Pair> pairs = new ArrayList<>();

        Aligner(List<String> left, List<String> right, List<Set<String>> lw, List<Set<String>> rw,
                BiPredicate<Integer, Integer> shared) {
            this.left = left;
            this.right = right;
            this.lw = lw;
            this.rw = rw;
            this.shared = shared;
        }

        void gap(int i0, int i1, int j0, int j1) {
            int n = i1 - i0;
            int m = j1 - j0;
            if (n == 0 || m == 0) {
                for (int i = i0; i < i1; i++) {
                    pairs.add(new Pair(Kind.ONLY_LEFT, left.get(i), null, 0));
                }
                for (int j = j0; j < j1; j++) {
                    pairs.add(new Pair(Kind.ONLY_RIGHT, null, right.get(j), 0));
                }
                return;
            }
            // Row i covers right positions lo(i) .. lo(i) + width - 1 of the stretch; the whole row when it is small.
            int width = Math.min(m + 1, 2 * BAND + 1);
            double[][] best = new double[n + 1][width];
            double[][] sim = new double[n][width];
            double[][] score = new double[n][width];
            for (int i = n - 1; i >= 0; i--) {
                RequestDeadline.check();
                int lo = lo(i, n, m, width);
                for (int c = width - 1; c >= 0; c--) {
                    int j = lo + c;
                    if (j >= m) {
                        continue;
                    }
                    double s = similarity(lw.get(i0 + i), rw.get(j0 + j));
                    sim[i][c] = s;
                    score[i][c] = matchScore(s, s >= 0.12 && shared.test(i0 + i, j0 + j));
                    double take = score[i][c] > 0 ? score[i][c] + at(best, i + 1, j + 1, n, m, width) : Double.NEGATIVE_INFINITY;
                    best[i][c] = Math.max(take, Math.max(at(best, i + 1, j, n, m, width), at(best, i, j + 1, n, m, width)));
                }
            }
            int i = 0;
            int j = 0;
            while (i < n && j < m) {
                int c = j - lo(i, n, m, width);
                boolean inBand = c >= 0 && c < width;
                double here = at(best, i, j, n, m, width);
                if (inBand && score[i][c] > 0 && here == score[i][c] + at(best, i + 1, j + 1, n, m, width)) {
                    Kind kind = sim[i][c] >= SAME ? Kind.SAME : Kind.REWORDED;
                    pairs.add(new Pair(kind, left.get(i0 + i), right.get(j0 + j), sim[i][c]));
                    i++;
                    j++;
                }
                else if (here == at(best, i + 1, j, n, m, width)) {
                    pairs.add(new Pair(Kind.ONLY_LEFT, left.get(i0 + i++), null, 0));
                }
                else {
                    pairs.add(new Pair(Kind.ONLY_RIGHT, null, right.get(j0 + j++), 0));
                }
            }
            while (i < n) {
                pairs.add(new Pair(Kind.ONLY_LEFT, left.get(i0 + i++), null, 0));
            }
            while (j < m) {
                pairs.add(new Pair(Kind.ONLY_RIGHT, null, right.get(j0 + j++), 0));
            }
        }

        /** The first right position in row i's band: around the diagonal from the stretch's start to its end. */
        private static int lo(int i, int n, int m, int width) {
            if (width > m) {
                return 0;
            }
            long centre = (long) i * m / n;
            return (int) Math.max(0, Math.min(m - width + 1, centre - width / 2));
        }

        /** The best score from (i, j) on; outside the band, nothing is known and nothing is claimed. */
        private static double at(double[][] best, int i, int j, int n, int m, int width) {
            if (i >= n || j >= m) {
                return 0;
            }
            int c = j - lo(i, n, m, width);
            return c >= 0 && c < width ? best[i][c] : 0;
        }
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
