package io.parallax.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Finds whole-word occurrences of many fixed phrases in one pass using a character trie (much faster than a regex alternation). */
final class PhraseIndex {

    /** A phrase found in a text; {@code term} is the phrase as registered (lower-cased when matching ignores case). */
    record Hit(int start, int end, String term) {
    }

    // Children in small parallel arrays: a full 128-slot table per node would make the trie too big for the caches. The
    // few nodes with many children (the root's letters, common first syllables) get a table for ASCII after building.
    private static final class Node {
        private static final int DENSE = 6;

        private char[] keys = new char[0];
        private Node[] kids = new Node[0];
        private Node[] ascii;
        private int term = -1;

        Node child(char c) {
            Node[] table = ascii;
            if (table != null && c < 128) {
                return table[c];
            }
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

        void freeze() {
            if (keys.length >= DENSE) {
                Node[] table = new Node[128];
                for (int i = 0; i < keys.length; i++) {
                    if (keys[i] < 128) {
                        table[keys[i]] = kids[i];
                    }
                }
                ascii = table;
            }
            for (Node kid : kids) {
                kid.freeze();
            }
        }
    }

    private final Node root = new Node();
    private final Node[] rootAscii = new Node[128];   // the first character is looked up at every word start
    private final boolean ignoreCase;
    private final String[] terms;

    PhraseIndex(Collection<String> terms, boolean ignoreCase) {
        this.ignoreCase = ignoreCase;
        List<String> registered = new ArrayList<>();
        for (String t : terms) {
            Node n = root;
            for (int i = 0; i < t.length(); i++) {
                n = n.add(fold(t.charAt(i)));
            }
            if (n.term < 0) {
                n.term = registered.size();
                registered.add(null);
            }
            registered.set(n.term, ignoreCase ? t.toLowerCase(java.util.Locale.ROOT) : t);
        }
        this.terms = registered.toArray(String[]::new);
        root.freeze();
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
        // a phrase starts only where the character before is no word character: skip the rest of each word at once
        while (i < to && i > 0 && isWordChar(text.charAt(i - 1))) {
            i++;
        }
        while (i < to) {
            long longest = longestAt(text, i, to);
            if (longest >= 0) {
                if (out == null) {
                    out = new ArrayList<>(4);
                }
                int end = (int) longest;
                out.add(new Hit(i, end, terms[(int) (longest >>> 32)]));
                i = end;
            } else {
                i++;
            }
            while (i < to && isWordChar(text.charAt(i - 1))) {
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
        long longest = longestAt(text, i, to);
        return longest < 0 ? -1 : (int) longest;
    }

    /**
     * Where the longest phrase starting at {@code i} ends as a whole word, in the low 32 bits, with the index of its term
     * in the high ones; -1 when none does.
     */
    private long longestAt(String text, int i, int to) {
        if (i >= to) {
            return -1;
        }
        char first = fold(text.charAt(i));
        Node n = first < 128 ? rootAscii[first] : root.child(first);
        long best = -1;
        int j = i;
        while (n != null) {
            if (n.term >= 0 && (j + 1 == text.length() || !isWordChar(text.charAt(j + 1)) || !isWordChar(text.charAt(j)))) {
                best = ((long) n.term << 32) | (j + 1);
            }
            if (++j >= to) {
                break;
            }
            n = n.child(fold(text.charAt(j)));
        }
        return best;
    }
}
