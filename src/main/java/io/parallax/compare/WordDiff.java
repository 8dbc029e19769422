package io.parallax.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * The words two paired sentences do not share, for highlighting: "up to 10,000" beside "up to 12,000" marks the two
 * figures. Figures stay whole ("10,000", "397-0") so a changed number is marked as one.
 */
final class WordDiff {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[.,'’\\-–][\\p{L}\\p{N}]+)*|[^\\s\\p{L}\\p{N}]");

    /** A run of text, changed or not; {@code figure} when a changed run holds a number. */
    public record Segment(String text, boolean changed, boolean figure) {
    }

    /** Both sentences cut into runs, the changed runs marked on each side. */
    record Result(List<Segment> left, List<Segment> right) {
    }

    private record Token(String text, int start, int end) {
    }

    private WordDiff() {
    }

    static Result of(String left, String right) {
        List<Token> a = tokens(left);
        List<Token> b = tokens(right);
        boolean[] changedA = new boolean[a.size()];
        boolean[] changedB = new boolean[b.size()];
        for (AbstractDelta<String> delta : DiffUtils.diff(a.stream().map(Token::text).toList(), b.stream().map(Token::text).toList())
                .getDeltas()) {
            mark(changedA, delta.getSource().getPosition(), delta.getSource().size());
            mark(changedB, delta.getTarget().getPosition(), delta.getTarget().size());
        }
        return new Result(segments(left, a, changedA), segments(right, b, changedB));
    }

    private static void mark(boolean[] changed, int from, int size) {
        for (int i = from; i < from + size; i++) {
            changed[i] = true;
        }
    }

    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(new Token(m.group(), m.start(), m.end()));
        }
        return tokens;
    }

    /** The whole text, in runs of unchanged and changed tokens; the spaces between tokens go with the unchanged runs. */
    private static List<Segment> segments(String text, List<Token> tokens, boolean[] changed) {
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        int i = 0;
        while (i < tokens.size()) {
            int j = i;
            while (j + 1 < tokens.size() && changed[j + 1] == changed[i]) {
                j++;
            }
            int start = tokens.get(i).start();
            int end = tokens.get(j).end();
            if (start > at) {
                segments.add(new Segment(text.substring(at, start), false, false));
            }
            String run = text.substring(start, end);
            segments.add(new Segment(run, changed[i], changed[i] && run.chars().anyMatch(Character::isDigit)));
            at = end;
            i = j + 1;
        }
        if (at < text.length()) {
            segments.add(new Segment(text.substring(at), false, false));
        }
        return merge(segments);
    }

    private static List<Segment> merge(List<Segment> segments) {
        List<Segment> merged = new ArrayList<>();
        for (Segment s : segments) {
            Segment last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !last.changed() && !s.changed()) {
                merged.set(merged.size() - 1, new Segment(last.text() + s.text(), false, false));
            }
            else {
                merged.add(s);
            }
        }
        return merged;
    }
}
