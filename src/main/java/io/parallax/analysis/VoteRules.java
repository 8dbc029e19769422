package io.parallax.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds reported results of legislative votes (tallies, unanimity, abstentions), leaving planned votes and sports scores aside. */
final class VoteRules {

    /** A vote result with absolute offsets; the chamber is resolved later from the article context. */
    record Found(int start, int end, Integer votesFor, Integer votesAgainst, Integer abstentions, boolean unanimous) {
    }

    private static final String COUNT = "(?:\\d{1,3}|(?i:none|zero|nil|no|one|two|three|four|five|six|seven|eight|nine|ten))";
    private static final Pattern TALLY = Pattern.compile(
            "(?=\\d)(?<![\\d,.:/-])(?<for>\\d{1,3})(?:\\s+votes?)?\\s*(?:-|–|—|\\bto\\b|\\bagainst\\b)\\s*(?<against>\\d{1,3}|(?i:none|zero|nil))"
            + "(?![\\d%]|[,.:]\\d|\\s*(?:%|percent|per\\s+cent|GMT))");
    private static final Pattern FOR_AGAINST = Pattern.compile(
            "(?=\\d)(?<![\\d,.])(?<for>\\d{1,3})\\s+(?:votes?\\s+|deputies\\s+|senators\\s+|lawmakers\\s+|members\\s+|MPs\\s+)?"
            + "(?:voted\\s+)?in\\s+favou?r(?:\\s+of\\s+[^,;.]{1,60}?)?(?:,|\\s+and|\\s+with|;)\\s+(?<against>" + COUNT + ")"
            + "(?:\\s+(?:votes?|deputies|senators|lawmakers|members|MPs))?\\s+(?:voted\\s+)?against\\b");
    private static final Pattern ALL_PRESENT = Pattern.compile(
            "\\b(?i:all)\\s+(?<for>\\d{1,3}|" + "(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:[\\s-]+(?i:hundred|and|"
            + "one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety))*)"
            + "\\s+(?:of\\s+the\\s+)?(?:deputies|senators|lawmakers|members|MPs|legislators|parliamentarians|representatives)"
            + "(?:\\s+present)?\\s+(?:voted|backed|supported|approved)(?:\\s+in\\s+favou?r)?");
    private static final Pattern NONE_AGAINST = Pattern.compile(
            "(?i)\\bno\\s+(?:opposing|dissenting)\\s+votes\\b|\\bno\\s+votes\\s+against\\b|\\bno(?:\\s+one|body)\\s+voted\\s+against\\b"
            + "|\\bnone\\s+(?:voted\\s+)?against\\b|\\bwithout\\s+(?:a\\s+single\\s+)?(?:opposing|dissenting)\\s+votes?\\b");
    private static final Pattern ABSTENTIONS = Pattern.compile(
            "(?i)\\b(?<n>\\d{1,3}|no|one|two|three|four|five|six|seven|eight|nine|ten|a\\s+single)\\s+"
            + "(?:(?:deputies|senators|lawmakers|members|MPs)\\s+)?(?:abstentions?|abstained)\\b");
    private static final Pattern UNANIMOUS = Pattern.compile(
            "(?i)\\b(?:voted\\s+unanimously|unanimously\\s+(?:voted|approved|ratified|passed|adopted|backed|endorsed|supported"
            + "|agreed)|unanimous(?:ly)?)\\b");
    private static final PhraseIndex ABSTAIN_CUE = new PhraseIndex(List.of("abstention", "abstentions", "abstained"), true);

    private VoteRules() {
    }

    static List<Found> find(String text, Sentence s) {
        return find(text, s, Triggers.find(text, s.start(), s.end()), Clauses.of(text, s), new Matchers(text));
    }

    // A reported result needs a figure or "unanimous", a vote word and a legislature, and no sports vocabulary.
    static List<Found> find(String text, Sentence s, Triggers.Found cues, Clauses clauses, Matchers mx) {
        int from = s.start();
        int to = s.end();
        if (!cues.has(Triggers.DIGIT | Triggers.UNANIMOUS) || !cues.has(Triggers.VOTE_CONTEXT)
                || !cues.has(Triggers.LEGISLATURE) || cues.has(Triggers.SPORTS)) {
            return List.of();
        }
        List<Found> out = new ArrayList<>();
        Matcher u = mx.get(UNANIMOUS).region(from, cues.has(Triggers.UNANIMOUS) ? to : from);
        int unanimousAt = u.find() ? u.start() : -1;
        // bounded searches: an unbounded indexOf would scan the rest of the article for every sentence
        boolean favour = text.indexOf("favo", from, to) >= 0;
        Matcher m = mx.get(FOR_AGAINST).region(from, favour ? to : from);
        while (m.find()) {
            tally(text, s, clauses, mx, m.start(), m.end(), m.group("for"), m.group("against"),
                    sameClause(clauses, unanimousAt, m.start()), out);
        }
        m = mx.get(TALLY).region(from, to);
        while (m.find()) {
            if (!overlaps(out, m.start(), m.end())) {
                tally(text, s, clauses, mx, m.start(), m.end(), m.group("for"), m.group("against"),
                    sameClause(clauses, unanimousAt, m.start()), out);
            }
        }
        boolean hasAll = text.indexOf("all ", from, to) >= 0 || text.indexOf("All ", from, to) >= 0;
        m = mx.get(ALL_PRESENT).region(from, hasAll ? to : from);
        while (m.find()) {
            if (overlaps(out, m.start(), m.end())) {
                continue;
            }
            long f = NumberParser.parse(m.group("for"));
            Integer against = mx.get(NONE_AGAINST).region(from, to).find() ? 0 : null;
            Integer abst = abstentions(text, s, mx);
            boolean unanimous = sameClause(clauses, unanimousAt, m.start()) || (against != null && (abst == null || abst == 0));
            out.add(new Found(m.start(), m.end(), (int) f, against, abst, unanimous));
        }
        // "... 397 votes to none, and the council followed with a unanimous vote": a second result in its own clause
        boolean covered = false;
        for (Found f : out) {
            covered |= sameClause(clauses, unanimousAt, f.start());
        }
        if (unanimousAt >= 0 && !covered && !clauses.isFuture(u.start(), u.end())) {
            out.add(new Found(u.start(), u.end(), null, null, abstentions(text, s, mx), true));
        }
        out.sort(java.util.Comparator.comparingInt(Found::start));
        return out;
    }

    private static boolean sameClause(Clauses clauses, int a, int b) {
        return a >= 0 && clauses.clauseStart(a) == clauses.clauseStart(b);
    }

    private static void tally(String text, Sentence s, Clauses clauses, Matchers mx, int start, int end, String f, String a, boolean unanimousWord,
                              List<Found> out) {
        if (clauses.isFuture(start, end)) {
            return;
        }
        int votesFor = Integer.parseInt(f);
        int against = count(a);
        Integer abst = abstentions(text, s, mx);
        boolean unanimous = unanimousWord || (against == 0 && (abst == null || abst == 0));
        out.add(new Found(start, end, votesFor, against, abst, unanimous));
    }

    private static Integer abstentions(String text, Sentence s, Matchers mx) {
        if (!ABSTAIN_CUE.any(text, s.start(), s.end())) {
            return null;
        }
        Matcher m = mx.get(ABSTENTIONS).region(s.start(), s.end());
        if (!m.find()) {
            return null;
        }
        String n = m.group("n").toLowerCase(Locale.ROOT);
        return n.startsWith("a") ? 1 : count(n);
    }

    private static int count(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return switch (w) {
            case "none", "zero", "nil", "no" -> 0;
            default -> {
                long v = NumberParser.parse(w);
                yield v < 0 ? 0 : (int) v;
            }
        };
    }

    private static boolean overlaps(List<Found> found, int start, int end) {
        for (Found f : found) {
            if (start < f.end() && f.start() < end) {
                return true;
            }
        }
        return false;
    }
}
