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

    private static final String NUM = NumberParser.REGEX;
    // Longest first, so "no more than" wins over "more than".
    private static final List<String> QUALIFIERS = List.of("no fewer than", "not more than", "no more than", "no less than",
            "in excess of", "as many as", "approximately", "an estimated", "fewer than", "upwards of", "more than",
            "less than", "at least", "close to", "estimated", "at most", "roughly", "between", "around", "nearly", "almost",
            "about", "up to", "over", "some", "from");
    private static final Pattern COUNT = Pattern.compile(
            "(?<![\\d.,])(?<n1>" + NUM + ")(?:\\s*(?<sep>-|–|\\bto\\b|\\band\\b)\\s*(?<n2>" + NUM + "))?"
            + "(?<ormore>\\s+or\\s+(?:more|so))?(?![\\d%]|\\s*(?:%|percent|per\\s+cent))");
    private static final Pattern VAGUE = Pattern.compile(
            "(?<v>(?i:tens\\s+of\\s+thousands|hundreds\\s+of\\s+thousands|several\\s+thousand|a\\s+few\\s+thousand|thousands"
            + "|several\\s+hundred|a\\s+few\\s+hundred|hundreds|dozens))\\b");
    private static final PhraseIndex NUMBER_WORDS = new PhraseIndex(List.of("one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "a",
            "dozen", "dozens", "tens", "hundreds", "thousands", "several"), true);
    private static final String NOUN = "(?i:troops|soldiers|servicemen|service\\s*members|servicemembers|military\\s+personnel"
            + "|personnel|forces|fighters|marines|paratroopers|commandos|infantrymen|conscripts|reservists)";
    private static final String MODIFIERS = "(?:\\s+(?:[A-Z][\\p{L}’'.-]*|additional|more|extra|elite|combat|special|ground"
            + "|regular|active|fresh|new|own|armed|military|combat-ready|trained|well-trained|highly|foreign|allied|enemy))"
            + "{0,4}\\s+" + NOUN + "\\b";
    // "of the" only after vague amounts: "thousands of the troops" counts, "one of the soldiers" does not.
    private static final Pattern TAIL = Pattern.compile("(?:\\s+of\\s+(?:its|their|his|her)(?:\\s+own)?)?" + MODIFIERS);
    private static final Pattern VAGUE_TAIL = Pattern.compile("(?:\\s+of)?(?:\\s+(?:the|its|their|his|her))?" + MODIFIERS);
    private static final Pattern PRE_NOUN = Pattern.compile(
            "(?i:(?:troops|soldiers|forces|contingent|force|deployment|servicemen)\\s+(?:numbering|of|totaling|totalling"
            + "|estimated\\s+at|put\\s+at)\\s+)$");
    private static final Pattern CASUALTY_AFTER = Pattern.compile(
            "[^.;:]{0,25}?\\b(?i:killed|wounded|dead|died|injured|captured|missing|casualties|lost\\s+their\\s+lives|perished|slain)\\b");
    private static final Pattern CASUALTY_BEFORE = Pattern.compile(
            "(?i:\\b(?:killed|killing|kill|lost|losing|casualties|deaths?|death\\s+toll|wounded|wounding|injured|injuring"
            + "|bodies|captured|capturing|of\\s+whom|dead)\\b)[^.;,]{0,20}$");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TroopCountRules() {
    }

    static List<Found> find(String text, Sentence s) {
        return find(text, s, Triggers.find(text, s.start(), s.end()), new Matchers(text));
    }

    // A troop count always names its noun (or "force of"), so only number-like words near those nouns are tried.
    static List<Found> find(String text, Sentence s, Triggers.Found cues, Matchers mx) {
        if (!cues.has(Triggers.TROOP)) {
            return List.of();
        }
        int[] windows = Windows.around(cues.of(Triggers.TROOP), s.start(), s.end(), 100, 45);
        List<Found> out = new ArrayList<>();
        Matcher count = mx.transparent(COUNT);
        Matcher vague = mx.transparent(VAGUE);
        for (int w = 0; w < windows.length; w += 2) {
            for (int i = windows[w]; i < windows[w + 1]; i++) {
                if (i > 0 && PhraseIndex.isWordChar(text.charAt(i - 1))) {
                    continue;
                }
                char c = text.charAt(i);
                boolean digit = c >= '0' && c <= '9';
                if (!digit && (!Character.isLetter(c) || NUMBER_WORDS.endAt(text, i, s.end()) < 0)) {
                    continue;
                }
                if (overlaps(out, i, i + 1)) {
                    continue;
                }
                if (!digit) {
                    vague.region(i, s.end());
                    if (vague.lookingAt() && vagueCount(text, s, cues, mx, vague, out)) {
                        continue;
                    }
                }
                count.region(i, s.end());
                if (count.lookingAt()) {
                    count(text, s, cues, mx, count, out);
                }
            }
        }
        out.sort(Comparator.comparingInt(Found::start));
        return out;
    }

    private static boolean vagueCount(String text, Sentence s, Triggers.Found cues, Matchers mx, Matcher m,
                                      List<Found> out) {
        Matcher t = mx.get(VAGUE_TAIL).region(m.end(), s.end());
        int end = t.lookingAt() ? t.end() : -1;
        if (end < 0 || casualty(mx, s, cues, m.start(), end)) {
            return false;
        }
        out.add(new Found(m.start(), end, m.end(), new TroopCountValue(vagueMinimum(m.group("v")), null, Qualifier.VAGUE)));
        return true;
    }

    private static void count(String text, Sentence s, Triggers.Found cues, Matchers mx, Matcher m, List<Found> out) {
        int end = troopTail(mx, m.end(), s.end());
        boolean preNoun = end < 0 && mx.get(PRE_NOUN).region(Math.max(s.start(), m.start() - 40), m.start()).find();
        if (end < 0 && !preNoun) {
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
            if (qual.equals("from") && m.group("n2") == null) {
                start = m.start();
            }
            out.add(new Found(start, end, m.end(), v));
        }
    }

    // Where a hedge such as "up to" or "more than" ends right before the figure, or -1.
    private static int qualifierStart(String text, Sentence s, int numberStart) {
        int j = numberStart;
        while (j > s.start() && Character.isWhitespace(text.charAt(j - 1))) {
            j--;
        }
        if (j == numberStart) {
            return -1;
        }
        for (String q : QUALIFIERS) {
            int at = j - q.length();
            if (at >= s.start() && text.regionMatches(true, at, q, 0, q.length())
                    && (at == 0 || !PhraseIndex.isWordChar(text.charAt(at - 1)))) {
                return at;
            }
        }
        return -1;
    }

    private static int troopTail(Matchers mx, int from, int limit) {
        Matcher t = mx.get(TAIL).region(from, limit);
        return t.lookingAt() ? t.end() : -1;
    }

    private static boolean casualty(Matchers mx, Sentence s, Triggers.Found cues, int start, int end) {
        if (!cues.has(Triggers.CASUALTY)) {
            return false;
        }
        if (mx.get(CASUALTY_AFTER).region(end, s.end()).lookingAt()) {
            return true;
        }
        return mx.get(CASUALTY_BEFORE).region(Math.max(s.start(), start - 30), start).find();
    }

    private static boolean overlaps(List<Found> found, int start, int end) {
        for (Found f : found) {
            if (start < f.end() && f.start() < end) {
                return true;
            }
        }
        return false;
    }

    private static int vagueMinimum(String phrase) {
        String p = SPACES.matcher(phrase.toLowerCase(Locale.ROOT)).replaceAll(" ");
        return switch (p) {
            case "tens of thousands" -> 10_000;
            case "hundreds of thousands" -> 100_000;
            case "hundreds", "several hundred", "a few hundred" -> 100;
            case "dozens" -> 24;
            default -> 1_000;
        };
    }

    private static TroopCountValue value(Matcher m, String qual) {
        long n1 = NumberParser.parse(m.group("n1"));
        if (n1 <= 0) {
            return null;
        }
        if (m.group("n2") != null) {
            String sep = m.group("sep").toLowerCase(Locale.ROOT);
            long n2 = NumberParser.parse(m.group("n2"));
            if (sep.equals("and") && !qual.equals("between")) {
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
        if (qual.equals("between")) {
            return null;
        }
        Integer n = clamp(n1);
        if (m.group("ormore") != null) {
            return m.group("ormore").contains("more") ? new TroopCountValue(n, null, Qualifier.AT_LEAST)
                    : new TroopCountValue(n, n, Qualifier.APPROXIMATE);
        }
        return switch (qual) {
            case "", "from" -> new TroopCountValue(n, n, Qualifier.EXACT);
            case "up to", "as many as", "no more than", "not more than", "at most", "fewer than", "less than" ->
                    new TroopCountValue(null, n, Qualifier.AT_MOST);
            case "at least", "more than", "over", "in excess of", "upwards of", "no fewer than", "no less than" ->
                    new TroopCountValue(n, null, Qualifier.AT_LEAST);
            default -> new TroopCountValue(n, n, Qualifier.APPROXIMATE);
        };
    }

    private static Integer clamp(long v) {
        return (int) Math.min(Integer.MAX_VALUE, v);
    }
}
