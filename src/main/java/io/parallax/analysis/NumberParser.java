package io.parallax.analysis;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Parses cardinal numbers written as digits ("10,000", "10 000", "12k", "1.5 million") or words ("three thousand"). */
final class NumberParser {

    private static final String SMALL_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
            + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    private static final String SCALE_WORDS = "hundred|thousand|million";
    private static final String WORD = "(?:" + SMALL_WORDS + "|" + SCALE_WORDS + ")";

    /** A number in digits or words; used inside larger patterns, so it has no groups of its own. */
    static final String REGEX = "(?:"
            + "(?:\\d{1,3}(?:,\\d{3})+|\\d{1,3}(?:[ \u00a0\u202f]\\d{3})+(?![\\d,])|\\d+(?:\\.\\d+)?)"
            + "(?:\\s*[kK]\\b|\\s+(?i:thousand|million)\\b)?"
            + "|(?i:\\b(?:(?:" + SMALL_WORDS + ")|a\\s+(?:dozen|hundred|thousand|million)|dozen)"
            + "(?:[\\s-]+(?:and\\s+)?" + WORD + ")*\\b(?:\\s+dozen\\b)?)"
            + ")";

    private static final Pattern DIGITS = Pattern.compile("[\\d.]+");
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[\\s-]+");
    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("one", 1), Map.entry("a", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90));

    private NumberParser() {
    }

    /** Returns the value of a phrase matched by {@link #REGEX}, or -1 when it is not a number. */
    static long parse(String phrase) {
        String p = phrase.trim().toLowerCase(Locale.ROOT);
        if (p.isEmpty()) {
            return -1;
        }
        if (Character.isDigit(p.charAt(0))) {
            return parseDigits(p);
        }
        return parseWords(p);
    }

    private static long parseDigits(String p) {
        String compact = p.replace(",", "").replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
        long multiplier = 1;
        if (compact.endsWith("k")) {
            multiplier = 1_000;
            compact = compact.substring(0, compact.length() - 1);
        } else if (compact.endsWith("thousand")) {
            multiplier = 1_000;
            compact = compact.substring(0, compact.length() - "thousand".length());
        } else if (compact.endsWith("million")) {
            multiplier = 1_000_000;
            compact = compact.substring(0, compact.length() - "million".length());
        }
        if (!DIGITS.matcher(compact).matches()) {
            return -1;
        }
        try {
            return Math.round(Double.parseDouble(compact) * multiplier);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static long parseWords(String p) {
        long total = 0;
        long current = 0;
        boolean any = false;
        for (String w : WORD_SEPARATORS.split(p)) {
            switch (w) {
                case "and" -> { }
                case "dozen" -> {
                    current = (current == 0 ? 1 : current) * 12;
                    any = true;
                }
                case "hundred" -> {
                    current = (current == 0 ? 1 : current) * 100;
                    any = true;
                }
                case "thousand", "million" -> {
                    long scale = w.equals("thousand") ? 1_000 : 1_000_000;
                    total += (current == 0 ? 1 : current) * scale;
                    current = 0;
                    any = true;
                }
                default -> {
                    Integer v = SMALL.get(w);
                    if (v == null) {
                        return -1;
                    }
                    current += v;
                    any = true;
                }
            }
        }
        return any ? total + current : -1;
    }
}
