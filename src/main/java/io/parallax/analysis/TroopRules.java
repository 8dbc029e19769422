package io.parallax.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds how many soldiers a text says a country sent, deployed or stationed: "up to 10,000 North Korean soldiers",
 * "about 3,000 troops", "thousands of troops", "10,000 to 12,000 troops". Casualties, weapons and people in general
 * are not troop counts.
 */
final class TroopRules {

    private static final String NOUN = "(?:troops|soldiers|servicemen|service\\s?members|servicewomen|military\\s+personnel|"
            + "personnel|forces|marines|paratroopers|infantrymen|conscripts|fighters|special\\s+forces)";
    private static final String APPROXIMATE = "about|around|some|roughly|approximately|an\\s+estimated|estimated|nearly|almost|close\\s+to";
    private static final String AT_MOST = "up\\s+to|as\\s+many\\s+as|no\\s+more\\s+than|at\\s+most|fewer\\s+than|less\\s+than";
    private static final String AT_LEAST = "at\\s+least|more\\s+than|over|in\\s+excess\\s+of|upwards\\s+of|no\\s+fewer\\s+than|no\\s+less\\s+than";
    private static final String QUALIFIER = "(?<qual>" + APPROXIMATE + "|" + AT_MOST + "|" + AT_LEAST + ")";
    private static final String MODIFIERS = "(?<mods>(?:\\s+(?!(?:and|or|were|are|was|is|have|has|had|to|in|who)\\b)[\\p{L}'’.-]+){0,4}?)";
    private static final Pattern COUNT = Pattern.compile("(?i)(?:\\b" + QUALIFIER + "\\s+|\\bbetween\\s+)?(?<![\\d,.])\\b(?<num>"
            + Numbers.NUMBER + ")(?:\\s*(?:to|-|–|and)\\s*(?<num2>" + Numbers.NUMBER + "))?" + MODIFIERS + "\\s+(?<noun>" + NOUN + ")\\b");
    private static final Pattern STRONG = Pattern.compile("(?i)\\b(?<num>" + Numbers.NUMBER + ")-strong\\s+(?:force|contingent|army|unit|corps|brigade)\\b");
    private static final Pattern VAGUE = Pattern.compile("(?i)\\b(?<vague>tens\\s+of\\s+thousands|hundreds\\s+of\\s+thousands|thousands|"
            + "hundreds|dozens|several\\s+thousand|several\\s+hundred|a\\s+few\\s+thousand|a\\s+few\\s+hundred)(?:\\s+of)?"
            + MODIFIERS + "\\s+(?<noun>" + NOUN + ")\\b");
    private static final Pattern CASUALTY_AFTER = Pattern.compile(
            "(?i)^[^.;]{0,40}?\\b(?:killed|wounded|dead|died|injured|casualties|captured|missing|taken\\s+prisoner|lost\\s+their\\s+lives|perished|surrendered)\\b");
    private static final Pattern CASUALTY_BEFORE = Pattern.compile(
            "(?i)\\b(?:killing|killed|lost|wounded|injuring|casualties\\s+of|deaths\\s+of|death\\s+of|bodies\\s+of|captured|funerals?\\s+for)\\s+(?:\\w+\\s+){0,2}$");

    private TroopRules() {
    }

    static List<Found> find(String s) {
        List<Found> found = new ArrayList<>();
        boolean[] taken = new boolean[s.length() + 1];
        Matcher m = VAGUE.matcher(s);
        while (m.find()) {
            if (!casualty(s, m.start(), m.end()) && modifiersOk(m.group("mods"))) {
                add(found, taken, m.start(), m.start("vague") + m.group("vague").length(),
                        new TroopCountValue(vagueMinimum(m.group("vague")), null, Qualifier.VAGUE));
            }
        }
        m = COUNT.matcher(s);
        while (m.find()) {
            if (!free(taken, m.start(), m.end()) || casualty(s, m.start(), m.end()) || !modifiersOk(m.group("mods"))) {
                continue;
            }
            Integer first = Numbers.parse(m.group("num"));
            if (first == null || first < 2) {
                continue;
            }
            int end = m.end("num");
            TroopCountValue value;
            if (m.group("num2") != null) {
                Integer second = Numbers.parse(m.group("num2"));
                if (second == null || second <= first) {
                    continue;
                }
                value = new TroopCountValue(first, second, Qualifier.RANGE);
                end = m.end("num2");
            }
            else {
                value = qualified(m.group("qual"), first);
            }
            add(found, taken, m.start(), end, value);
        }
        m = STRONG.matcher(s);
        while (m.find()) {
            Integer n = Numbers.parse(m.group("num"));
            if (n != null && free(taken, m.start(), m.end())) {
                add(found, taken, m.start(), m.end("num"), new TroopCountValue(n, n, Qualifier.EXACT));
            }
        }
        return found;
    }

    /** The part of a sentence between a count and its noun, where the deploying country's demonym usually stands. */
    static String modifiers(String s, Found f) {
        Matcher m = COUNT.matcher(s);
        if (m.find(f.start()) && m.start() == f.start()) {
            return m.group("mods");
        }
        m = VAGUE.matcher(s);
        if (m.find(f.start()) && m.start() == f.start()) {
            return m.group("mods");
        }
        return "";
    }

    /** Where the troop noun of a count ends, so the receiving country is looked for after it. */
    static int nounEnd(String s, Found f) {
        Matcher m = COUNT.matcher(s);
        if (m.find(f.start()) && m.start() == f.start()) {
            return m.end();
        }
        m = VAGUE.matcher(s);
        if (m.find(f.start()) && m.start() == f.start()) {
            return m.end();
        }
        return f.end();
    }

    private static TroopCountValue qualified(String qualifier, int n) {
        if (qualifier == null) {
            return new TroopCountValue(n, n, Qualifier.EXACT);
        }
        String q = qualifier.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (q.matches(AT_MOST.replace("\\s+", " "))) {
            return new TroopCountValue(null, n, Qualifier.AT_MOST);
        }
        if (q.matches(AT_LEAST.replace("\\s+", " "))) {
            return new TroopCountValue(n, null, Qualifier.AT_LEAST);
        }
        return new TroopCountValue(n, n, Qualifier.APPROXIMATE);
    }

    private static int vagueMinimum(String vague) {
        String v = vague.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return switch (v) {
            case "tens of thousands" -> 10_000;
            case "hundreds of thousands" -> 100_000;
            case "thousands", "a few thousand" -> 1_000;
            case "several thousand" -> 2_000;
            case "hundreds", "a few hundred" -> 100;
            case "several hundred" -> 200;
            default -> 12;
        };
    }

    private static boolean modifiersOk(String mods) {
        // A count is of troops only when nothing but adjectives stands between the number and the noun.
        return mods == null || !mods.matches("(?i).*\\b(?:of|than|from|by|with|for|on|at|against|the)\\b.*") || mods.matches("(?i)\\s+of\\s+(?:its|their|his|her|the)(\\s+[\\p{L}'’.-]+)?");
    }

    private static boolean casualty(String s, int start, int end) {
        return CASUALTY_AFTER.matcher(s.substring(end)).find() || CASUALTY_BEFORE.matcher(s.substring(0, start)).find();
    }

    private static boolean free(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    private static void add(List<Found> found, boolean[] taken, int start, int end, TroopCountValue value) {
        for (int i = start; i < end; i++) {
            taken[i] = true;
        }
        found.add(new Found(ClaimType.TROOP_COUNT, start, end, value));
    }
}
