package io.parallax.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Interprets the vote rules of a rule book ({@code vote.rules}): reported results of legislative votes (tallies,
 * unanimity, abstentions, a lone "for" count), leaving planned votes, thresholds, seat counts and sports scores aside.
 */
final class VoteRules {

    /** A vote result with absolute offsets; the chamber is resolved later from the article context. */
    record Found(int start, int end, Integer votesFor, Integer votesAgainst, Integer abstentions, boolean unanimous) {

        /** Only the second half of a count ("85 voted against") that completes a "for" count in the sentence before. */
        boolean againstOnly() {
            return votesFor == null && votesAgainst != null;
        }
    }

    private final RuleBook book;
    private final NumberParser numbers;
    private final List<RuleBook.Rule> results;
    private final List<PhraseIndex> anchors;     // per result rule: the words it starts at, or null for a number
    private final PhraseIndex numberWords;
    private final Pattern noneAgainst;
    private final Pattern abstentions;
    private final Pattern unanimous;
    private final Pattern thresholdBefore;
    private final Pattern thresholdAfter;
    private final Pattern hedgedBefore;
    private final Pattern rejectedBy;
    private final PhraseIndex abstainCue;

    VoteRules(RuleBook book, NumberParser numbers) {
        this.book = book;
        this.numbers = numbers;
        List<RuleBook.Rule> r = new ArrayList<>();
        for (RuleBook.Rule rule : book.rules("vote.rules")) {
            switch (rule.norm()) {
                case "tally", "forOnly", "allPresent", "againstOnly" -> r.add(rule);
                case "part" -> { }
                default -> throw new IllegalArgumentException("rule " + rule.name() + ": unknown normaliser " + rule.norm());
            }
        }
        this.results = List.copyOf(r);
        List<PhraseIndex> a = new ArrayList<>();
        for (RuleBook.Rule rule : results) {
            String anchor = rule.option("ANCHOR");
            a.add(anchor == null ? null : new PhraseIndex(book.words(anchor.substring(anchor.indexOf(':') + 1)), true));
        }
        this.anchors = java.util.Collections.unmodifiableList(a);
        this.numberWords = new PhraseIndex(book.words("numberWord"), true);
        this.noneAgainst = book.pattern("vote_none_against");
        this.abstentions = book.pattern("vote_abstentions");
        this.unanimous = book.pattern("vote_unanimous");
        this.thresholdBefore = book.pattern("vote_threshold_before");
        this.thresholdAfter = book.pattern("vote_threshold_after");
        this.hedgedBefore = book.pattern("vote_hedged_before");
        this.rejectedBy = book.pattern("vote_rejected_by");
        this.abstainCue = new PhraseIndex(book.words("abstainWord"), true);
    }

    // A reported result needs a figure or "unanimous", a vote word and a legislature, and no sports vocabulary.
    List<Found> find(String text, Sentence s, Triggers.Found cues, Clauses clauses, Matchers mx) {
        return find(text, s, cues, clauses, mx, false);
    }

    /** As {@link #find}; {@code legislatureNearby} says the headline or a neighbouring sentence names a legislature. */
    List<Found> find(String text, Sentence s, Triggers.Found cues, Clauses clauses, Matchers mx, boolean legislatureNearby) {
        int from = s.start();
        int to = s.end();
        if (!cues.has(Triggers.DIGIT | Triggers.NUMBER_WORD | Triggers.UNANIMOUS) || !cues.has(Triggers.VOTE_CONTEXT)
                || (cues.has(Triggers.SPORTS) && !cues.has(Triggers.LEGISLATURE))) {
            return List.of();
        }
        boolean legislature = cues.has(Triggers.LEGISLATURE) || legislatureNearby;
        List<Found> out = new ArrayList<>();
        Matcher u = mx.get(unanimous).region(from, cues.has(Triggers.UNANIMOUS) ? to : from);
        int unanimousAt = u.find() ? u.start() : -1;
        int[] numbers = null;
        for (int k = 0; k < results.size(); k++) {
            RuleBook.Rule rule = results.get(k);
            // without a legislature in sight only a rule that says "votes" itself may speak of a vote
            if (!legislature && rule.option("STANDALONE") == null) {
                continue;
            }
            // each rule is tried only where it can start: at a number, or at one of its anchor words
            int[] starts;
            if (anchors.get(k) == null) {
                starts = numbers != null ? numbers : (numbers = numberStarts(text, from, to));
            } else {
                List<PhraseIndex.Hit> hits = anchors.get(k).find(text, from, to);
                starts = new int[hits.size()];
                for (int h = 0; h < starts.length; h++) {
                    starts[h] = hits.get(h).start();
                }
            }
            Matcher m = mx.transparent(rule.pattern());
            boolean afterResult = rule.option("AFTER_RESULT") != null;
            for (int at : starts) {
                if (!m.region(at, to).lookingAt() || overlaps(out, m.start(), m.end())
                        || (afterResult && !resultBefore(out, m.start()))) {
                    continue;
                }
                boolean sameClause = sameClause(clauses, unanimousAt, m.start());
                switch (rule.norm()) {
                    case "tally" -> tally(text, s, clauses, mx, m, sameClause, out);
                    case "forOnly" -> forOnly(text, s, clauses, mx, m, sameClause, out);
                    case "allPresent" -> allPresent(text, s, mx, m, sameClause, out);
                    default -> againstOnly(clauses, m, out);
                }
            }
        }
        // "... 397 votes to none, and the council followed with a unanimous vote": a second result in its own clause
        boolean covered = false;
        for (Found f : out) {
            covered |= sameClause(clauses, unanimousAt, f.start()) || (unanimousAt >= 0 && u.end() <= f.start()
                    && text.substring(u.end(), f.start()).chars().allMatch(c -> c == ',' || c == ':' || Character.isWhitespace(c)));
        }
        if (covered && unanimousAt >= 0) {
            // "approved it unanimously, 442-0": the word and the tally are one result
            for (int k = 0; k < out.size(); k++) {
                Found f = out.get(k);
                if (!f.unanimous() && u.end() <= f.start() && text.substring(u.end(), f.start()).chars()
                        .allMatch(c -> c == ',' || c == ':' || Character.isWhitespace(c))) {
                    out.set(k, new Found(f.start(), f.end(), f.votesFor(), f.votesAgainst(), f.abstentions(), true));
                }
            }
        }
        if (legislature && unanimousAt >= 0 && !covered && !clauses.isFuture(u.start(), u.end())) {
            out.add(new Found(u.start(), u.end(), null, null, abstentions(text, s, mx), true));
        }
        out.sort(Comparator.comparingInt(Found::start));
        return out.size() > 1 ? abstentionsApart(text, s, mx, out) : out;
    }

    /**
     * With several results in one sentence ("442-0, and the Finnish one 440-1 with one abstention") each abstention
     * count belongs to the result it follows, not to all of them.
     */
    private List<Found> abstentionsApart(String text, Sentence s, Matchers mx, List<Found> found) {
        if (!abstainCue.any(text, s.start(), s.end())) {
            return found;
        }
        Integer[] abst = new Integer[found.size()];
        Matcher m = mx.get(abstentions).region(s.start(), s.end());
        while (m.find()) {
            int owner = 0;
            for (int k = 0; k < found.size(); k++) {
                if (found.get(k).start() <= m.start()) {
                    owner = k;
                }
            }
            String n = RuleBook.fold(m.group("n"));
            abst[owner] = n.startsWith("a ") ? 1 : count(n);
        }
        List<Found> out = new ArrayList<>(found.size());
        for (int k = 0; k < found.size(); k++) {
            Found f = found.get(k);
            Integer a = abst[k] == null || abst[k] < 0 ? null : abst[k];
            boolean unanimous = f.unanimous();
            if (f.votesAgainst() != null && f.votesAgainst() == 0 && f.abstentions() != null && f.abstentions() > 0
                    && (a == null || a == 0)) {
                unanimous = true;
            }
            out.add(new Found(f.start(), f.end(), f.votesFor(), f.votesAgainst(), a, unanimous));
        }
        return out;
    }

    private static boolean resultBefore(List<Found> found, int start) {
        for (Found f : found) {
            if (f.end() <= start && f.votesFor() != null) {
                return true;
            }
        }
        return false;
    }

    // Word starts in [from, to) where digits or a number word begin.
    private int[] numberStarts(String text, int from, int to) {
        int[] out = new int[8];
        int n = 0;
        List<PhraseIndex.Hit> words = numberWords.find(text, from, to);
        int w = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean start = i == 0 || !PhraseIndex.isWordChar(text.charAt(i - 1));
            boolean number = start && c >= '0' && c <= '9';
            while (w < words.size() && words.get(w).start() < i) {
                w++;
            }
            if (!number && w < words.size() && words.get(w).start() == i) {
                number = true;
            }
            if (number) {
                if (n == out.length) {
                    out = java.util.Arrays.copyOf(out, n * 2);
                }
                out[n++] = i;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static boolean sameClause(Clauses clauses, int a, int b) {
        return a >= 0 && clauses.clauseStart(a) == clauses.clauseStart(b);
    }

    private void tally(String text, Sentence s, Clauses clauses, Matchers mx, Matcher m, boolean unanimousWord,
                       List<Found> out) {
        if (clauses.isFuture(m.start(), m.end())) {
            return;
        }
        long votesFor = numbers.parse(m.group("for"));
        int against = count(m.group("against"));
        if (votesFor < 0 || against < 0) {
            return;
        }
        if (votesFor > against && mx.get(rejectedBy).region(Math.max(s.start(), m.start() - 90), m.start()).find()) {
            // "the motion was defeated by 83 votes to 63": the winning side, against the motion, comes first
            long swap = votesFor;
            votesFor = against;
            against = (int) swap;
        }
        Integer abst = abstentions(text, s, mx);
        boolean unanimous = unanimousWord || (against == 0 && (abst == null || abst == 0));
        out.add(new Found(m.start(), m.end(), (int) votesFor, against, abst, unanimous));
    }

    private void forOnly(String text, Sentence s, Clauses clauses, Matchers mx, Matcher m, boolean unanimousWord,
                         List<Found> out) {
        if (clauses.isFuture(m.start(), m.end()) || threshold(s, mx, m.start("for"), m.end("for"))
                || mx.get(hedgedBefore).region(Math.max(s.start(), m.start("for") - 30), m.start("for")).find()) {
            return;
        }
        long votesFor = numbers.parse(m.group("for"));
        if (votesFor <= 0) {
            return;
        }
        Integer against = mx.get(noneAgainst).region(s.start(), s.end()).find() ? 0 : null;
        Integer abst = abstentions(text, s, mx);
        boolean unanimous = unanimousWord || (against != null && (abst == null || abst == 0));
        out.add(new Found(m.start(), m.end(), (int) votesFor, against, abst, unanimous));
    }

    private void allPresent(String text, Sentence s, Matchers mx, Matcher m, boolean unanimousWord, List<Found> out) {
        long f = numbers.parse(m.group("for"));
        Integer against = mx.get(noneAgainst).region(s.start(), s.end()).find() ? 0 : null;
        Integer abst = abstentions(text, s, mx);
        // "all 397 deputies present voted in favour": nobody present voted otherwise
        out.add(new Found(m.start(), m.end(), (int) f, against, abst, abst == null || abst == 0 || unanimousWord));
    }

    private void againstOnly(Clauses clauses, Matcher m, List<Found> out) {
        if (clauses.isFuture(m.start(), m.end())) {
            return;
        }
        int against = count(m.group("against"));
        if (against > 0) {
            out.add(new Found(m.start(), m.end(), null, against, null, false));
        }
    }

    // "needed 226 votes", "226 votes are needed", "holds 450 seats": a requirement or a seat count, not a result
    private boolean threshold(Sentence s, Matchers mx, int start, int end) {
        if (mx.get(thresholdBefore).region(Math.max(s.start(), start - 30), start).find()) {
            return true;
        }
        return mx.get(thresholdAfter).region(end, Math.min(s.end(), end + 40)).lookingAt();
    }

    /** The abstentions a sentence reports ("three abstentions", "12 deputies abstained"), or null. */
    Integer abstentions(String text, Sentence s, Matchers mx) {
        if (!abstainCue.any(text, s.start(), s.end())) {
            return null;
        }
        Matcher m = mx.get(abstentions).region(s.start(), s.end());
        if (!m.find()) {
            return null;
        }
        String n = RuleBook.fold(m.group("n"));
        if (n.startsWith("a ")) {
            return 1;
        }
        return count(n);
    }

    private int count(String word) {
        String zero = book.value("zeroWord", word);
        if (zero != null) {
            return Integer.parseInt(zero);
        }
        long v = numbers.parse(word);
        return v < 0 ? -1 : (int) v;
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
