package io.parallax.analysis;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Parses cardinal numbers written as digits ("10,000", "10 000", "12k", "1.5 million") or words ("three thousand"),
 * with the number words of a rule book ([numberWord], [scaleWord], [digitScale], [numberArticle], [numberJoiner]).
 */
final class NumberParser {

    private static final Pattern DIGITS = Pattern.compile("[\\d.]+");
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[\\s-]+");
    private static final Pattern DIGIT_GAP = Pattern.compile("(?<=\\d) (?=\\d)");
    private static final Pattern SUFFIX = Pattern.compile("^([\\d.]+)\\s*(\\p{L}+)$");

    private final Map<String, String> words;
    private final Map<String, String> scales;
    private final Map<String, String> digitScales;
    private final Map<String, String> articles;
    private final java.util.Set<String> joiners;

    NumberParser(RuleBook book) {
        this.joiners = java.util.Set.copyOf(book.words("numberJoiner"));
        this.words = book.table("numberWord");
        this.scales = book.table("scaleWord");
        this.digitScales = book.table("digitScale");
        this.articles = book.table("numberArticle");
    }

    /** Parses with the English rules; for tests and callers without a rule book. */
    static long parseEnglish(String phrase) {
        return new NumberParser(RuleBook.english()).parse(phrase);
    }

    /** Returns the value of a phrase matched by the rule book's {@code %number}, or -1 when it is not a number. */
    long parse(String phrase) {
        String p = RuleBook.fold(phrase);
        if (p.isEmpty()) {
            return -1;
        }
        if (Character.isDigit(p.charAt(0))) {
            return parseDigits(p);
        }
        return parseWords(p);
    }

    private long parseDigits(String p) {
        // most figures are plain digits with thousands commas ("397", "10,000"): read those without the regexes below
        long plain = 0;
        int digits = 0;
        for (int i = 0; i < p.length() && plain >= 0; i++) {
            char c = p.charAt(i);
            if (c >= '0' && c <= '9') {
                plain = plain * 10 + (c - '0');
                digits++;
            } else if (c != ',' || digits > 15) {
                plain = -1;
            }
        }
        if (plain >= 0 && digits > 0 && digits <= 15) {
            return plain;
        }
        String compact = p.replace(",", "").replace("\u00a0", " ").replace("\u202f", " ");
        long multiplier = 1;
        String squeezed = DIGIT_GAP.matcher(compact).replaceAll("");
        java.util.regex.Matcher m = SUFFIX.matcher(squeezed);
        if (m.matches()) {
            String scale = digitScales.get(m.group(2));
            if (scale == null) {
                return -1;
            }
            multiplier = Long.parseLong(scale);
            squeezed = m.group(1);
        }
        if (!DIGITS.matcher(squeezed).matches()) {
            return -1;
        }
        try {
            return Math.round(Double.parseDouble(squeezed) * multiplier);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private long parseWords(String p) {
        long total = 0;
        long current = 0;
        boolean any = false;
        for (String w : WORD_SEPARATORS.split(p)) {
            if (joiners.contains(w)) {
                continue;
            }
            String scale = scales.get(w);
            if (scale != null) {
                long v = Long.parseLong(scale);
                if (v >= 1000) {
                    total += (current == 0 ? 1 : current) * v;
                    current = 0;
                } else {
                    current = (current == 0 ? 1 : current) * v;
                }
                any = true;
                continue;
            }
            String small = words.get(w);
            if (small == null) {
                small = articles.get(w);
            }
            if (small == null) {
                return -1;
            }
            current += Integer.parseInt(small);
            any = true;
        }
        return any ? total + current : -1;
    }
}
