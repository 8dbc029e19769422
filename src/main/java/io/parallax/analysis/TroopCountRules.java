package io.parallax.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds how many troops a sentence says were sent or stationed, with the outlet's hedge, ignoring casualties and materiel. */
final class TroopCountRules {

    /** A troop count with absolute offsets; {@code numberEnd} is where the figure stops and the noun phrase begins. */
    record Found(int start, int end, int numberEnd, TroopCountValue value) {
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final RuleBook book;
    private final NumberParser numbers;
    private final List<String> hedges;          // longest first, so "no more than" wins over "more than"
    private final PhraseIndex numberWords;
    private final Pattern count;
    private final Pattern vague;
    private final Pattern tail;
    private final Pattern vagueTail;
    private final Pattern preNoun;
    private final Pattern unitSize;
    private final Pattern ellipsis;
    private final Pattern ellipsisLink;
    private final Pattern casualtyAfter;
    private final Pattern casualtyBefore;
    private final Pattern anaphoricFollow;
    private final Pattern anaphoricNotAfter;

    TroopCountRules(RuleBook book, NumberParser numbers) {
        this.book = book;
        this.numbers = numbers;
        List<String> h = new ArrayList<>(book.words("hedge"));
        h.sort((a, b) -> b.length() - a.length());
        this.hedges = List.copyOf(h);
        List<String> words = new ArrayList<>(book.words("numberWord"));
        words.addAll(book.words("scaleWord"));
        words.addAll(book.words("numberArticle"));
        words.addAll(book.words("vagueCue"));
        this.numberWords = new PhraseIndex(words, true);
        this.count = book.pattern("troop_count");
        this.vague = book.pattern("troop_vague");
        this.tail = book.pattern("troop_tail");
        this.vagueTail = book.pattern("troop_vague_tail");
        this.preNoun = book.pattern("troop_pre_noun");
        this.unitSize = book.pattern("troop_unit_size");
        this.ellipsis = book.pattern("troop_ellipsis");
        this.ellipsisLink = book.pattern("troop_ellipsis_link");
        this.casualtyAfter = book.pattern("casualty_after");
        this.casualtyBefore = book.pattern("casualty_before");
        this.anaphoricFollow = book.pattern("troop_anaphoric_follow");
        this.anaphoricNotAfter = book.pattern("troop_anaphoric_not_after");
    }

    // A troop count always names its noun (or "force of"), so only number-like words near those nouns are tried.
    List<Found> find(String text, Sentence s, Triggers.Found cues, Matchers mx) {
        return find(text, s, cues, mx, false);
    }

    /**
     * As {@link #find}; {@code troopsBefore} says the sentence before gave a troop count, so that a bare figure here
     * ("6,000 will be held in reserve") may count the same troops.
     */
    List<Found> find(String text, Sentence s, Triggers.Found cues, Matchers mx, boolean troopsBefore) {
        if (!cues.has(Triggers.TROOP)) {
            return troopsBefore && cues.has(Triggers.DIGIT) ? anaphoric(text, s, cues, mx, new ArrayList<>(), true) : List.of();
        }
        int[] windows = Windows.around(cues.of(Triggers.TROOP), s.start(), s.end(), 100, 60);
        List<Found> out = new ArrayList<>();
        Matcher countM = mx.transparent(count);
        Matcher vagueM = mx.transparent(vague);
        for (int w = 0; w < windows.length; w += 2) {
            for (int i = windows[w]; i < windows[w + 1]; i++) {
                if (i > 0 && PhraseIndex.isWordChar(text.charAt(i - 1))) {
                    continue;
                }
                char c = text.charAt(i);
                boolean digit = c >= '0' && c <= '9';
                if (!digit && (!Character.isLetter(c) || numberWords.endAt(text, i, s.end()) < 0)) {
                    continue;
                }
                if (overlaps(out, i, i + 1)) {
                    continue;
                }
                if (!digit) {
                    vagueM.region(i, s.end());
                    if (vagueM.lookingAt() && vagueCount(text, s, cues, mx, vagueM, out)) {
                        continue;
                    }
                }
                countM.region(i, s.end());
                if (countM.lookingAt()) {
                    count(text, s, cues, mx, countM, out);
                }
            }
        }
        out.sort(Comparator.comparingInt(Found::start));
        return cues.has(Triggers.DIGIT) ? anaphoric(text, s, cues, mx, out, troopsBefore) : out;
    }

    /**
     * Bare figures that count troops already spoken of: after a troop count or a troop word earlier in the sentence,
     * or anywhere in a sentence that follows a troop count; at least 100, never a year, a sum or a measure, and
     * followed by what may follow a head count ("of them", "will", "to Germany", a comma).
     */
    private List<Found> anaphoric(String text, Sentence s, Triggers.Found cues, Matchers mx, List<Found> out,
                                  boolean troopsBefore) {
        int firstTroop = troopsBefore ? s.start() : s.end();
        for (Found f : out) {
            firstTroop = Math.min(firstTroop, f.end());
        }
        for (PhraseIndex.Hit cue : cues.of(Triggers.TROOP)) {
            firstTroop = Math.min(firstTroop, cue.end());
        }
        Matcher countM = mx.transparent(count);
        List<Found> added = new ArrayList<>();
        for (int i = Math.max(s.start(), firstTroop); i < s.end(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9' || (i > 0 && (PhraseIndex.isWordChar(text.charAt(i - 1)) || text.charAt(i - 1) == ','
                    || text.charAt(i - 1) == '.' || text.charAt(i - 1) == '-'))) {
                continue;
            }
            if (overlaps(out, i, i + 1) || overlaps(added, i, i + 1) || !countM.region(i, s.end()).lookingAt()
                    || countM.group("n2") != null || countM.group("trail") != null) {
                continue;
            }
            long v = numbers.parse(countM.group("n1"));
            boolean yearLike = v >= 1000 && v <= 2100 && countM.group("n1").indexOf(',') < 0;
            if (v < 100 || yearLike || !mx.get(anaphoricFollow).region(countM.end(), s.end()).lookingAt()
                    || mx.get(anaphoricNotAfter).region(Math.max(s.start(), i - 20), i).find()) {
                continue;
            }
            int qualStart = qualifierStart(text, s, i);
            String qual = qualStart < 0 ? ""
                    : SPACES.matcher(text.substring(qualStart, i).strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
            int start = qualStart < 0 ? i : qualStart;
            if (casualty(mx, s, cues, start, countM.end())) {
                continue;
            }
            TroopCountValue value = value(countM, qual);
            if (value != null) {
                if (qualStart >= 0 && "EXACT".equals(book.value("hedge", qual))) {
                    start = i;
                }
                added.add(new Found(start, countM.end(), countM.end(), value));
            }
        }
        if (added.isEmpty()) {
            return out;
        }
        List<Found> all = new ArrayList<>(out);
        all.addAll(added);
        all.sort(Comparator.comparingInt(Found::start));
        return all;
    }

    private boolean vagueCount(String text, Sentence s, Triggers.Found cues, Matchers mx, Matcher m, List<Found> out) {
        Matcher t = mx.get(vagueTail).region(m.end(), s.end());
        int end = t.lookingAt() ? t.end() : -1;
        if (end < 0 || casualty(mx, s, cues, m.start(), end)) {
            return false;
        }
        out.add(new Found(m.start(), end, m.end(), new TroopCountValue(vagueMinimum(m.group("v")), null, Qualifier.VAGUE)));
        return true;
    }

    private void count(String text, Sentence s, Triggers.Found cues, Matchers mx, Matcher m, List<Found> out) {
        int end = troopTail(mx, m.end(), s.end());
        if (end < 0) {
            Matcher unit = mx.transparent(unitSize).region(m.end(), s.end());
            if (unit.lookingAt()) {
                end = unit.end();
            }
        }
        boolean bare = end < 0 && (mx.get(preNoun).region(Math.max(s.start(), m.start() - 40), m.start()).find()
                || ellipsis(mx, s, m, out));
        if (end < 0 && !bare) {
            return;
        }
        if (end < 0) {
            end = m.end();
        }
        int qualStart = qualifierStart(text, s, m.start());
        String qual = qualStart < 0 ? ""
                : SPACES.matcher(text.substring(qualStart, m.start()).strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
        int start = qualStart < 0 ? m.start() : qualStart;
        if (casualty(mx, s, cues, start, end)) {
            return;
        }
        TroopCountValue v = value(m, qual);
        if (v != null) {
            // "up from 3,000 troops": "from" only frames a range, so a lone figure starts at the number
            if (qualStart >= 0 && "EXACT".equals(book.value("hedge", qual)) && m.group("n2") == null) {
                start = m.start();
            }
            out.add(new Found(start, end, m.end(), v));
        }
    }

    // "2,000 troops to Poland and 1,000 to Romania": a bare figure after a troop count, heading somewhere.
    private boolean ellipsis(Matchers mx, Sentence s, Matcher m, List<Found> out) {
        Found before = null;
        for (Found f : out) {
            if (f.end() <= m.start() && m.start() - f.end() < 60) {
                before = f;
            }
        }
        return before != null && mx.transparent(ellipsis).region(m.end(), s.end()).lookingAt()
                && mx.get(ellipsisLink).region(before.end(), m.start()).find();
    }

    // Where a hedge such as "up to" or "more than" ends right before the figure, or -1.
    private int qualifierStart(String text, Sentence s, int numberStart) {
        int j = numberStart;
        while (j > s.start() && Character.isWhitespace(text.charAt(j - 1))) {
            j--;
        }
        if (j == numberStart) {
            return -1;
        }
        for (String q : hedges) {
            int at = j - q.length();
            if (at >= s.start() && text.regionMatches(true, at, q, 0, q.length())
                    && (at == 0 || !PhraseIndex.isWordChar(text.charAt(at - 1)))) {
                return at;
            }
        }
        return -1;
    }

    private int troopTail(Matchers mx, int from, int limit) {
        Matcher t = mx.get(tail).region(from, limit);
        return t.lookingAt() ? t.end() : -1;
    }

    private boolean casualty(Matchers mx, Sentence s, Triggers.Found cues, int start, int end) {
        if (!cues.has(Triggers.CASUALTY)) {
            return false;
        }
        if (mx.get(casualtyAfter).region(end, s.end()).lookingAt()) {
            return true;
        }
        return mx.get(casualtyBefore).region(Math.max(s.start(), start - 30), start).find();
    }

    private static boolean overlaps(List<Found> found, int start, int end) {
        for (Found f : found) {
            if (start < f.end() && f.start() < end) {
                return true;
            }
        }
        return false;
    }

    private int vagueMinimum(String phrase) {
        String v = book.value("vagueAmount", phrase);
        return v == null ? 1_000 : Integer.parseInt(v);
    }

    private TroopCountValue value(Matcher m, String qual) {
        long n1 = numbers.parse(m.group("n1"));
        if (n1 <= 0) {
            return null;
        }
        String hedge = qual.isEmpty() ? "EXACT" : book.value("hedge", qual);
        if (m.group("n2") != null) {
            long n2 = numbers.parse(m.group("n2"));
            // "and" joins two figures only after "between"
            if (m.group("and") != null && !"RANGE".equals(hedge)) {
                return null;
            }
            if (n2 > 0) {
                // "10-12 thousand": the scale word after the second figure applies to both
                if (n2 > n1 && n1 < 1000 && n2 >= 1000 && !Character.isDigit(m.group("n2").charAt(m.group("n2").length() - 1))) {
                    long scale = n2 >= 1_000_000 && n1 * 1_000_000 <= n2 ? 1_000_000 : 1_000;
                    n1 *= scale;
                }
                if (n2 > n1) {
                    return new TroopCountValue(clamp(n1), clamp(n2), Qualifier.RANGE);
                }
            }
            return null;
        }
        if ("RANGE".equals(hedge) || hedge == null) {
            return null;
        }
        Integer n = clamp(n1);
        if (m.group("trail") != null) {
            hedge = book.value("trailingHedge", m.group("trail"));
        }
        return switch (Qualifier.valueOf(hedge)) {
            case AT_MOST -> new TroopCountValue(null, n, Qualifier.AT_MOST);
            case AT_LEAST -> new TroopCountValue(n, null, Qualifier.AT_LEAST);
            case APPROXIMATE -> new TroopCountValue(n, n, Qualifier.APPROXIMATE);
            default -> new TroopCountValue(n, n, Qualifier.EXACT);
        };
    }

    private static Integer clamp(long v) {
        return (int) Math.min(Integer.MAX_VALUE, v);
    }
}
