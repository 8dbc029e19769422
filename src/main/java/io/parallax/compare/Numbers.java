package io.parallax.compare;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Numbers, dates and counts said one way across the comparison pages: "1 article", "3,000", "24 Oct 2024". */
public final class Numbers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private Numbers() {
    }

    /** "1 article", "3 articles", "1,204 articles". */
    public static String count(long n, String singular, String plural) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(n) + " " + (n == 1 ? singular : plural);
    }

    public static String day(LocalDate date) {
        return date == null ? "undated" : date.format(DAY);
    }

    /** "24 Oct": for dates within one story, where the year goes without saying. */
    public static String shortDay(LocalDate date) {
        return date == null ? "undated" : date.format(SHORT);
    }
}
