package io.parallax.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Splits text into sentences with offsets, treating line breaks as hard boundaries and respecting abbreviations. */
public final class SentenceSplitter {

    // A period after these words rarely ends a sentence in news copy ("Oct. 24", "Gen. Smith").
    private static final Set<String> ABBREVIATIONS = Set.of(
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "capt", "sgt", "maj", "adm", "gov", "sen", "rep",
            "no", "vs", "etc", "inc", "corp", "jr", "sr", "prof", "approx", "est", "fig", "e.g", "i.e");

    private SentenceSplitter() {
    }

    public static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                add(text, start, i, out);
                start = i + 1;
            } else if (c == '.' || c == '!' || c == '?' || c == '…') {
                int j = i + 1;
                while (j < n && isCloser(text.charAt(j))) {
                    j++;
                }
                if (j < n && !Character.isWhitespace(text.charAt(j))) {
                    continue;
                }
                int k = j;
                while (k < n && (text.charAt(k) == ' ' || text.charAt(k) == '\t' || text.charAt(k) == '\u00a0')) {
                    k++;
                }
                if (k < n && text.charAt(k) != '\n' && !startsSentence(text.charAt(k))) {
                    continue;
                }
                if (c == '.' && isAbbreviation(text, i) && k < n && text.charAt(k) != '\n'
                        && (!isWord(text, i, "no") || Character.isDigit(text.charAt(k)))) {
                    continue;   // "No. 10" goes on; "voted yes and 207 no. On Friday" ends
                }
                add(text, start, j, out);
                start = j;
                i = j - 1;
            }
        }
        add(text, start, n, out);
        return List.copyOf(out);
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']' || c == '.';
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '“' || c == '‘' || c == '\'' || c == '(';
    }

    // Whether the letters right before the dot at {@code dot} are {@code word}, ignoring case.
    private static boolean isWord(String text, int dot, String word) {
        int s = dot - word.length();
        return s >= 0 && text.regionMatches(true, s, word, 0, word.length())
                && (s == 0 || !Character.isLetter(text.charAt(s - 1)));
    }

    private static boolean isAbbreviation(String text, int dot) {
        int s = dot;
        while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
            s--;
        }
        String word = text.substring(s, dot);
        if (word.isEmpty()) {
            return false;
        }
        // Initialisms like "U.S." or "U.N." and single initials ("J. Smith") keep the sentence going.
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        if (word.indexOf('.') > 0 && word.length() <= 4) {
            return true;
        }
        return ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static void add(String text, int from, int to, List<Sentence> out) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (to > from) {
            out.add(new Sentence(from, to, text.substring(from, to)));
        }
    }
}
