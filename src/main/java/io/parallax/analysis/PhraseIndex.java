package io.parallax.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds whole-word occurrences of many fixed phrases in one pass using a character trie (much faster than a regex alternation). */
final class PhraseIndex {

    /** A phrase found in a text; {@code term} is the phrase as registered (lower-cased when matching ignores case). */
    record Hit(int start, int end, String term) {
    }

    private static final class Node {
        private final Node[] ascii = new Node[128];
        private Map<Character, Node> other;
        private String term;

        Node child(char c) {
            if (c < 128) {
                return ascii[c];
            }
            return other == null ? null : other.get(c);
        }

        Node add(char c) {
            if (c < 128) {
                if (ascii[c] == null) {
                    ascii[c] = new Node();
                }
                return ascii[c];
            }
            if (other == null) {
                other = new HashMap<>();
            }
            return other.computeIfAbsent(c, k -> new Node());
        }
    }

    private final Node root = new Node();
    private final boolean ignoreCase;

    PhraseIndex(Collection<String> terms, boolean ignoreCase) {
        this.ignoreCase = ignoreCase;
        for (String t : terms) {
            Node n = root;
            for (int i = 0; i < t.length(); i++) {
                n = n.add(fold(t.charAt(i)));
            }
            n.term = ignoreCase ? t.toLowerCase(java.util.Locale.ROOT) : t;
        }
    }

    private char fold(char c) {
        return ignoreCase ? Character.toLowerCase(c) : c;
    }

    /** Longest non-overlapping whole-word matches in {@code text[from, to)}, left to right. */
    List<Hit> find(String text, int from, int to) {
        List<Hit> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            int end = matchAt(text, i, to);
            if (end > 0) {
                out.add(new Hit(i, end, termAt(text, i, end)));
                i = end;
            } else {
                i++;
            }
        }
        return out;
    }

    /** Whether any phrase occurs as a whole word in {@code text[from, to)}. */
    boolean any(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (matchAt(text, i, to) > 0) {
                return true;
            }
        }
        return false;
    }

    // End of the longest phrase starting at a word start i, or -1.
    private int matchAt(String text, int i, int to) {
        if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
            return -1;
        }
        Node n = root;
        int best = -1;
        for (int j = i; j < to; j++) {
            n = n.child(fold(text.charAt(j)));
            if (n == null) {
                break;
            }
            if (n.term != null && (j + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(j + 1))
                    || !Character.isLetterOrDigit(text.charAt(j)))) {
                best = j + 1;
            }
        }
        return best;
    }

    private String termAt(String text, int start, int end) {
        Node n = root;
        for (int j = start; j < end; j++) {
            n = n.child(fold(text.charAt(j)));
        }
        return n.term;
    }
}
