package io.parallax.analysis;

import java.util.regex.Pattern;

/** Whether the words governing a phrase speak of something still to come: "will vote", "is set to", "is expected to". */
final class Tense {

    private static final Pattern FUTURE = Pattern.compile(
            "(?i)\\b(?:is|are|was|were|be)\\s+(?:\\w+\\s+)?(?:set|scheduled|expected|due|poised|planning|going|slated|likely|to)\\s+to\\b"
                    + "|\\b(?:is|are)\\s+to\\s+\\w+|\\bwill\\b|\\bshall\\b|\\w'll\\b|\\bplans?\\s+to\\b|\\bintends?\\s+to\\b|\\bscheduled\\s+(?:for|to)\\b");
    private static final Pattern BREAK = Pattern.compile("[;:]|,\\s+(?:as|but|while|and|after|before|when|although|though)\\b|\\s+and\\s+(?=the\\s|[A-Z])");
    private static final int BEFORE = 60;
    private static final int AFTER = 30;

    private Tense() {
    }

    /** True when the clause around {@code [start, end)} of the sentence is in the future tense. */
    static boolean future(String sentence, int start, int end) {
        return FUTURE.matcher(clause(sentence, start, end)).find();
    }

    /** The words around a position, up to the nearest clause break and no further than a few words on each side. */
    static String clause(String sentence, int start, int end) {
        int from = Math.max(0, start - BEFORE);
        var before = BREAK.matcher(sentence).region(from, start);
        while (before.find()) {
            from = before.end();
        }
        int to = Math.min(sentence.length(), end + AFTER);
        var after = BREAK.matcher(sentence).region(end, to);
        if (after.find()) {
            to = after.start();
        }
        return sentence.substring(from, to);
    }
}
