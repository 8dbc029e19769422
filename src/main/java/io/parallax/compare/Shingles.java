package io.parallax.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import info.debatty.java.lsh.MinHash;

/**
 * Near-duplicate measures over word pairs: the exact Jaccard similarity of two texts, and MinHash signatures with LSH
 * band keys to find candidates among many. Word pairs separate a rewrite of a story (about a quarter of its pairs kept)
 * from another report of the same events (about a tenth), which single words do not.
 */
final class Shingles {

    static final int HASHES = 128;
    static final int ROWS_PER_BAND = 2;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    // A fixed seed: signatures are stored, so every run must draw the same hash functions.
    private static final MinHash MIN_HASH = new MinHash(HASHES, Integer.MAX_VALUE, 20241106L);

    private Shingles() {
    }

    /** The text's word pairs, lower-cased and hashed to non-negative integers. */
    static Set<Integer> of(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        Set<Integer> shingles = new HashSet<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            shingles.add((words.get(i) + ' ' + words.get(i + 1)).hashCode() & Integer.MAX_VALUE);
        }
        return shingles;
    }

    static double jaccard(Set<Integer> a, Set<Integer> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        return MinHash.jaccardIndex(a, b);
    }

    static int[] signature(Set<Integer> shingles) {
        return MIN_HASH.signature(shingles);
    }

    /** The share of signature positions two texts have in common: an estimate of their Jaccard similarity. */
    static double estimate(int[] a, int[] b) {
        return MIN_HASH.similarity(a, b);
    }

    /**
     * One key per band of {@link #ROWS_PER_BAND} signature positions; texts sharing a key are candidates. With 64 bands
     * of two, texts a fifth alike share one almost surely (98% at 0.25), texts a twentieth alike rarely.
     */
    static int[] bands(int[] signature) {
        int[] bands = new int[signature.length / ROWS_PER_BAND];
        for (int b = 0; b < bands.length; b++) {
            int h = b;
            for (int r = 0; r < ROWS_PER_BAND; r++) {
                h = 31 * h + signature[b * ROWS_PER_BAND + r];
            }
            bands[b] = h;
        }
        return bands;
    }
}
