package io.parallax.analysis;

import java.util.List;
import java.util.regex.Matcher;

/** Narrow text windows around cheap anchors (trigger words, digit runs) so that regexes only scan where a match can be. */
final class Windows {

    private static final int[] NONE = new int[0];

    private Windows() {
    }

    /** Merged windows [start - before, end + after] around hits, clipped to [from, to); flattened as start,end pairs. */
    static int[] around(List<PhraseIndex.Hit> hits, int from, int to, int before, int after) {
        if (hits.isEmpty()) {
            return NONE;
        }
        int[] out = new int[hits.size() * 2];
        int n = 0;
        for (PhraseIndex.Hit h : hits) {
            n = add(out, n, Math.max(from, h.start() - before), Math.min(to, h.end() + after));
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static int add(int[] out, int n, int start, int end) {
        if (n > 0 && start <= out[n - 1]) {
            out[n - 1] = Math.max(out[n - 1], end);
            return n;
        }
        out[n] = start;
        out[n + 1] = end;
        return n + 2;
    }

    /** A matcher that sees past its region for lookarounds and word boundaries, as if it scanned the whole text. */
    static Matcher transparent(Matcher m) {
        return m.useTransparentBounds(true).useAnchoringBounds(false);
    }
}
