package io.parallax.analysis;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads the numbers news copy writes: "10,000", "10 000", "12k", "1.5 million", "three thousand", "a dozen". */
final class Numbers {

    private static final Map<String, Integer> UNITS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("a", 1), Map.entry("an", 1), Map.entry("a few", 3), Map.entry("several", 3),
            Map.entry("a dozen", 12), Map.entry("dozen", 12), Map.entry("half a", 0));
    private static final Map<String, Integer> SCALES = Map.of("hundred", 100, "thousand", 1_000, "million", 1_000_000);

    /** A number in digits or words, as one regular-expression alternative without groups. */
    static final String NUMBER = "(?:\\d{1,3}(?:[, \\u00A0]\\d{3})+|\\d+(?:\\.\\d+)?(?:\\s?(?:k|K)\\b|\\s(?:million|thousand|hundred)\\b)?"
            + "|(?:a\\s+)?dozen|(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty"
            + "|fifty|sixty|seventy|eighty|ninety|a|several)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?\\s+"
            + "(?:hundred|thousand|million)(?:\\s+(?:and\\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty)\\s+hundred)?))";

    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:[, \\u00A0]\\d{3})+");

    private Numbers() {
    }

    /** The value of a number written as {@link #NUMBER} matches, or null when it is not one. */
    static Integer parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (GROUPED.matcher(t).matches()) {
            return Integer.valueOf(t.replaceAll("[, \\u00A0]", ""));
        }
        if (t.matches("\\d+(?:\\.\\d+)?\\s?k")) {
            return (int) Math.round(Double.parseDouble(t.replaceAll("\\s?k", "")) * 1000);
        }
        if (t.matches("\\d+(?:\\.\\d+)?\\s(?:million|thousand|hundred)")) {
            String[] p = t.split("\\s");
            return (int) Math.round(Double.parseDouble(p[0]) * SCALES.get(p[1]));
        }
        if (t.matches("\\d+")) {
            return t.length() > 9 ? null : Integer.valueOf(t);
        }
        return words(t);
    }

    private static Integer words(String t) {
        long total = 0;
        long current = 0;
        String[] words = t.replace('-', ' ').split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.equals("and")) {
                continue;
            }
            if (w.equals("a") && i + 1 < words.length && words[i + 1].equals("dozen")) {
                continue;
            }
            Integer unit = UNITS.get(w);
            Integer scale = SCALES.get(w);
            if (unit != null) {
                current += unit;
            }
            else if (scale != null) {
                current = Math.max(current, 1) * scale;
                if (scale >= 1000) {
                    total += current;
                    current = 0;
                }
            }
            else {
                return null;
            }
        }
        long value = total + current;
        return value == 0 || value > Integer.MAX_VALUE ? null : (int) value;
    }
}
