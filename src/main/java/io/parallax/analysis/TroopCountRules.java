package io.parallax.analysis;

import java.util.ArrayList;
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
    private static final Pattern COUNT = Pattern.compile(
            "(?<qual>\\b(?i:up\\s+to|as\\s+many\\s+as|no\\s+more\\s+than|not\\s+more\\s+than|at\\s+most|fewer\\s+than|less\\s+than"
            + "|at\\s+least|more\\s+than|over|in\\s+excess\\s+of|upwards\\s+of|no\\s+fewer\\s+than|no\\s+less\\s+than"
            + "|about|around|some|roughly|approximately|an\\s+estimated|estimated|nearly|almost|close\\s+to|between|from)\\s+)?"
            + "(?<![\\d.,])(?<n1>" + NUM + ")(?:\\s*(?<sep>-|–|\\bto\\b|\\band\\b)\\s*(?<n2>" + NUM + "))?"
            + "(?<ormore>\\s+or\\s+(?:more|so))?(?![\\d%]|\\s*(?:%|percent|per\\s+cent))");
    private static final Pattern VAGUE = Pattern.compile(
            "(?<v>(?i:tens\\s+of\\s+thousands|hundreds\\s+of\\s+thousands|several\\s+thousand|a\\s+few\\s+thousand|thousands"
            + "|several\\s+hundred|a\\s+few\\s+hundred|hundreds|dozens))\\b");
    private static final String NOUN = "(?i:troops|soldiers|servicemen|service\\s*members|servicemembers|military\\s+personnel"
            + "|personnel|forces|fighters|marines|paratroopers|commandos|infantrymen|conscripts|reservists)";
    private static final String MODIFIERS = "(?:\\s+(?:[A-Z][\\p{L}’'.-]*|additional|more|extra|elite|combat|special|ground|regular|active|fresh|new|own"
            + "|armed|military|combat-ready|trained|well-trained|highly|foreign|allied|enemy)){0,4}\\s+" + NOUN + "\\b";
    // "of the" only after vague amounts: "thousands of the troops" counts, "one of the soldiers" does not.
    private static final Pattern TAIL = Pattern.compile("(?:\\s+of\\s+(?:its|their|his|her)(?:\\s+own)?)?" + MODIFIERS);
    private static final Pattern VAGUE_TAIL = Pattern.compile(
            "(?:\\s+of)?(?:\\s+(?:the|its|their|his|her))?" + MODIFIERS);
    private static final Pattern PRE_NOUN = Pattern.compile(
            "(?i:(?:troops|soldiers|forces|contingent|force|deployment|servicemen)\\s+(?:numbering|of|totaling|totalling"
            + "|estimated\\s+at|put\\s+at)\\s+)$");
    private static final Pattern CASUALTY_AFTER = Pattern.compile(
            "[^.;:]{0,25}?\\b(?i:killed|wounded|dead|died|injured|captured|missing|casualties|lost\\s+their\\s+lives|perished|slain)\\b");
    private static final Pattern CASUALTY_BEFORE = Pattern.compile(
            "(?i:\\b(?:killed|killing|kill|lost|losing|casualties|deaths?|death\\s+toll|wounded|wounding|injured|injuring"
            + "|bodies|captured|capturing|of\\s+whom|dead)\\b)[^.;,]{0,20}$");

    // A troop count always names its noun (or "force of", "contingent of"), so sentences without one are skipped cheaply.
    private static final PhraseIndex TROOP_WORDS = new PhraseIndex(List.of("troops", "soldiers", "servicemen", "service",
            "servicemembers", "personnel", "forces", "fighters", "marines", "paratroopers", "commandos", "infantrymen",
            "conscripts", "reservists", "force", "contingent", "deployment"), true);

    private TroopCountRules() {
    }

    static List<Found> find(String text, Sentence s) {
        if (!TROOP_WORDS.any(text, s.start(), s.end())) {
            return List.of();
        }
        List<Found> out = new ArrayList<>();
        Matcher m = VAGUE.matcher(text).region(s.start(), s.end());
        while (m.find()) {
            Matcher t = VAGUE_TAIL.matcher(text).region(m.end(), s.end());
            int end = t.lookingAt() ? t.end() : -1;
            if (end < 0 || casualty(text, s, m.start(), end)) {
                continue;
            }
            out.add(new Found(m.start(), end, m.end(), new TroopCountValue(vagueMinimum(m.group("v")), null, Qualifier.VAGUE)));
        }
        m = COUNT.matcher(text).region(s.start(), s.end());
        while (m.find()) {
            if (overlaps(out, m.start(), m.end())) {
                continue;
            }
            int end = troopTail(text, m.end(), s.end());
            boolean preNoun = end < 0 && PRE_NOUN.matcher(text).region(Math.max(s.start(), m.start() - 40), m.start()).find();
            if (end < 0 && !preNoun) {
                // "between 10 and 12" may be a range of a later count; otherwise there is nothing to count here
                continue;
            }
            if (end < 0) {
                end = m.end();
            }
            if (casualty(text, s, m.start(), end)) {
                continue;
            }
            TroopCountValue v = value(m);
            if (v != null) {
                // "up from 3,000 troops": "from" only frames a range, so a lone figure starts at the number
                boolean loneFrom = m.group("n2") == null && m.group("qual") != null
                        && m.group("qual").strip().equalsIgnoreCase("from");
                out.add(new Found(loneFrom ? m.start("n1") : m.start(), end, m.end(), v));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Found::start));
        return out;
    }

    private static int troopTail(String text, int from, int limit) {
        Matcher t = TAIL.matcher(text).region(from, limit);
        return t.lookingAt() ? t.end() : -1;
    }

    private static boolean casualty(String text, Sentence s, int start, int end) {
        if (CASUALTY_AFTER.matcher(text).region(end, s.end()).lookingAt()) {
            return true;
        }
        return CASUALTY_BEFORE.matcher(text).region(Math.max(s.start(), start - 30), start).find();
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
        String p = phrase.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return switch (p) {
            case "tens of thousands" -> 10_000;
            case "hundreds of thousands" -> 100_000;
            case "hundreds", "several hundred", "a few hundred" -> 100;
            case "dozens" -> 24;
            default -> 1_000;
        };
    }

    private static TroopCountValue value(Matcher m) {
        long n1 = NumberParser.parse(m.group("n1"));
        if (n1 <= 0) {
            return null;
        }
        String qual = m.group("qual") == null ? "" : m.group("qual").strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
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
