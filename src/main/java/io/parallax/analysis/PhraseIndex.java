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

    // Children in small parallel arrays: a full 128-slot table per node would make the trie too big for the caches.
    private static final class Node {
        private char[] keys = new char[0];
        private Node[] kids = new Node[0];
        private String term;

        Node child(char c) {
            char[] k = keys;
            for (int i = 0; i < k.length; i++) {
                if (k[i] == c) {
                    return kids[i];
                }
            }
            return null;
        }

        Node add(char c) {
            Node existing = child(c);
            if (existing != null) {
                return existing;
            }
            keys = java.util.Arrays.copyOf(keys, keys.length + 1);
            kids = java.util.Arrays.copyOf(kids, kids.length + 1);
            keys[keys.length - 1] = c;
            Node n = new Node();
            kids[kids.length - 1] = n;
            return n;
        }
    }

    private final Node root = new Node();
    private final Node[] rootAscii = new Node[128];   // the first character is looked up at every word start
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
        for (char c = 0; c < 128; c++) {
            rootAscii[c] = root.child(c);
        }
    }

    private char fold(char c) {
        if (!ignoreCase) {
            return c;
        }
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(c);
    }

    static boolean isWordChar(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return Character.isLetterOrDigit(c);
    }

    /** Longest non-overlapping whole-word matches in {@code text[from, to)}, left to right. */
    List<Hit> find(String text, int from, int to) {
        List<Hit> out = null;
        int i = from;
        while (i < to) {
            if (i > 0 && isWordChar(text.charAt(i - 1))) {
                i++;
                continue;
            }
            Longest longest = longestAt(text, i, to);
            if (longest != null) {
                if (out == null) {
                    out = new ArrayList<>(4);
                }
                out.add(new Hit(i, longest.end(), longest.node().term));
                i = longest.end();
            } else {
                i++;
            }
        }
        return out == null ? List.of() : out;
    }

    /** Whether any phrase occurs as a whole word in {@code text[from, to)}. */
    boolean any(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (endAt(text, i, to) > 0) {
                return true;
            }
        }
        return false;
    }

    /** End of the longest phrase that starts at word start {@code i}, or -1. */
    int endAt(String text, int i, int to) {
        if (i > 0 && isWordChar(text.charAt(i - 1))) {
            return -1;
        }
        Longest longest = longestAt(text, i, to);
        return longest == null ? -1 : longest.end();
    }

    /** Where the longest phrase starting at {@code i} ends as a whole word, and its trie node. */
    private record Longest(int end, Node node) {
    }

    private Longest longestAt(String text, int i, int to) {
        Node n = root;
        Longest best = null;
        for (int j = i; j < to; j++) {
            char c = fold(text.charAt(j));
            n = j == i && c < 128 ? rootAscii[c] : n.child(c);
            if (n == null) {
                break;
            }
            if (n.term != null && (j + 1 == text.length() || !isWordChar(text.charAt(j + 1)) || !isWordChar(text.charAt(j)))) {
                best = new Longest(j + 1, n);
            }
        }
        return best;
    }
}
