package io.parallax.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Splits text into sentences with their offsets, knowing the abbreviations news copy uses ("U.S.", "Oct.", "Gen."). */
public final class SentenceSplitter {

    /** A sentence and where it stands in the text. */
    public record Sentence(int start, int end, String text) {
    }

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col",
            "maj", "capt", "sgt", "st", "jr", "sr", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "inc", "corp", "co", "ltd", "pres", "prof", "adm", "cmdr", "fig", "approx", "est");

    private SentenceSplitter() {
    }

    public static List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int start = skipSpace(text, 0);
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                add(text, start, i, sentences);
                start = skipSpace(text, i);
                i = start;
                continue;
            }
            if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i)) {
                int end = i + 1;
                while (end < text.length() && isClosing(text.charAt(end))) {
                    end++;
                }
                add(text, start, end, sentences);
                start = skipSpace(text, end);
                i = start;
                continue;
            }
            i++;
        }
        add(text, start, text.length(), sentences);
        return sentences;
    }

    private static boolean endsSentence(String text, int dot) {
        int next = dot + 1;
        while (next < text.length() && isClosing(text.charAt(next))) {
            next++;
        }
        if (next >= text.length()) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(next))) {
            return false;
        }
        int after = skipSpace(text, next);
        if (after >= text.length()) {
            return true;
        }
        char first = text.charAt(after);
        if (!(Character.isUpperCase(first) || Character.isDigit(first) || "\"“‘'(".indexOf(first) >= 0)) {
            return false;
        }
        if (text.charAt(dot) != '.') {
            return true;
        }
        int w = dot;
        while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
            w--;
        }
        String word = text.substring(w, dot).toLowerCase(java.util.Locale.ROOT);
        // Initials and dotted acronyms ("U.S.", "J.") do not end a sentence when a capitalised word follows.
        if (word.length() == 1 || word.contains(".")) {
            return false;
        }
        return !ABBREVIATIONS.contains(word);
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')';
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static void add(String text, int start, int end, List<Sentence> sentences) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            sentences.add(new Sentence(start, end, text.substring(start, end)));
        }
    }
}
