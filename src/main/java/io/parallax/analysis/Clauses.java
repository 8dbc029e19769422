package io.parallax.analysis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the clause around a position and whether it talks about the future; shared by the rule classes. */
final class Clauses {

    private static final Pattern BOUNDARY = Pattern.compile(
            "[;:,—–(]|\\s-\\s|\\b(?:as|while|but|after|before|when|because|although|though|whereas)\\b");
    private static final Pattern FUTURE = Pattern.compile(
            "(?i)\\b(?:will|would|shall|could|might|(?:is|are|was|were)\\s+(?:set|expected|scheduled|due|slated|poised|likely|going)\\s+to"
            + "|(?:is|are)\\s+to|plans?\\s+to|planned\\s+to|intends?\\s+to|aims?\\s+to|next|upcoming|later\\s+this\\s+week)\\b");

    private Clauses() {
    }

    /** Start of the clause holding {@code pos}, searching no further back than {@code from}. */
    static int clauseStart(String text, int from, int pos) {
        int start = from;
        Matcher m = BOUNDARY.matcher(text).region(from, pos);
        while (m.find()) {
            start = m.end();
        }
        return start;
    }

    /** End of the clause holding {@code pos}, searching no further than {@code to}. */
    static int clauseEnd(String text, int pos, int to) {
        Matcher m = BOUNDARY.matcher(text).region(pos, to);
        return m.find() ? m.start() : to;
    }

    /** Whether the clause around [start, end) speaks of something still to come. */
    static boolean isFuture(String text, Sentence s, int start, int end) {
        int cs = clauseStart(text, s.start(), start);
        int ce = clauseEnd(text, end, s.end());
        // "On Friday, the council will vote": a leading adverbial clause takes its tense from the next clause.
        if (cs == s.start() && ce < s.end() && text.charAt(ce) == ',' && ce - end < 3) {
            ce = clauseEnd(text, ce + 1, s.end());
        }
        return FUTURE.matcher(text).region(cs, ce).find();
    }
}
