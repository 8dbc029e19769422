package io.parallax.analysis;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds references to calendar days, months and years and resolves them against the publication date: explicit dates,
 * weekdays (past tense looks back, future tense ahead), "yesterday", "on the 24th", months and years that date events.
 * Durations, ages, anniversaries and times of day are not dates.
 */
final class DateRules {

    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan\\.?|Feb\\.?|Mar\\.|Apr\\.?|Jun\\.|Jul\\.|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
    private static final String FULL_MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3),
            Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final String YEAR = "(1[89]\\d{2}|20\\d{2})";

    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b(" + MONTH + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d,]\\d)(?:,?\\s+" + YEAR + ")?(?![\\p{L}\\d])");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + MONTH + ")(?:,?\\s+" + YEAR + ")?(?![\\p{L}\\d])");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b(" + FULL_MONTH + ")\\s+" + YEAR + "\\b");
    private static final Pattern MONTH_ALONE = Pattern.compile(
            "\\b(?:(in|since|last|this|next|early|late|mid-|until|by|from|during|before|after|through|of)\\s+)(?:early\\s+|late\\s+|mid-)?("
                    + FULL_MONTH + ")\\b(?!\\s+\\d)");
    private static final Pattern RELATIVE_MONTH = Pattern.compile("(?i)\\b(last|this|next)\\s+month\\b");
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(?:(last|next|this|on|early|late)\\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern RELATIVE_DAY = Pattern.compile("(?i)\\b(yesterday|today|tomorrow)\\b");
    private static final Pattern ORDINAL_DAY = Pattern.compile(
            "\\bthe\\s+(\\d{1,2})(?:st|nd|rd|th)\\b(?:\\s+of\\s+(last|this|next)\\s+month)?(?!\\s+(?:anniversary|century|time|round|day|birthday))");
    private static final Pattern YEAR_RANGE = Pattern.compile("\\b" + YEAR + "[-–](\\d{2}|\\d{4})\\b");
    private static final Pattern YEAR_ALONE = Pattern.compile("(?<![\\d,.$£€-])\\b" + YEAR + "\\b(?![-–]\\d|,\\d|\\.\\d|\\s*%)");
    private static final Pattern YEAR_BEFORE = Pattern.compile(
            "(?i)(?:\\b(?:in|since|of|from|until|till|by|during|before|after|through|the|its|his|her|their|early|late|mid|end of|spring|summer|autumn|fall|winter)\\s+|['’]s\\s+|mid-)$");
    private static final Pattern NOT_YEAR_AFTER = Pattern.compile(
            "(?i)^\\s*(?:troops|soldiers|people|votes|deputies|lawmakers|members|km|kilometres|kilometers|miles|metres|meters|tons|tonnes|dollars|euros|shells|missiles|rounds|men|women|residents|civilians)\\b");

    private DateRules() {
    }

    static List<Found> find(String s, LocalDate published) {
        List<Found> found = new ArrayList<>();
        boolean[] taken = new boolean[s.length() + 1];
        Matcher m = ISO.matcher(s);
        while (m.find()) {
            day(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
                    .ifPresent(d -> add(found, taken, m.start(), m.end(), dayValue(d)));
        }
        m.usePattern(MONTH_DAY).reset();
        while (m.find()) {
            monthDay(s, m.start(), m.end(), month(m.group(1)), m.group(2), m.group(3), published, found, taken);
        }
        m.usePattern(DAY_MONTH).reset();
        while (m.find()) {
            monthDay(s, m.start(), m.end(), month(m.group(2)), m.group(1), m.group(3), published, found, taken);
        }
        m.usePattern(MONTH_YEAR).reset();
        while (m.find()) {
            if (free(taken, m.start(), m.end())) {
                add(found, taken, m.start(), m.end(), monthValue(YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1)))));
            }
        }
        m.usePattern(MONTH_ALONE).reset();
        while (m.find()) {
            int start = m.start(2);
            if (free(taken, start, m.end(2))) {
                YearMonth month = monthNear(month(m.group(2)), m.group(1), published, Tense.future(s, m.start(), m.end()));
                int spanStart = "last".equals(m.group(1)) || "next".equals(m.group(1)) ? m.start(1) : start;
                add(found, taken, spanStart, m.end(2), monthValue(month));
            }
        }
        m.usePattern(ORDINAL_DAY).reset();
        while (m.find()) {
            if (free(taken, m.start(), m.end())) {
                ordinalDay(m, published, s).ifPresent(d -> add(found, taken, m.start(), m.end(), dayValue(d)));
            }
        }
        m.usePattern(RELATIVE_MONTH).reset();
        while (m.find()) {
            if (free(taken, m.start(), m.end()) && !s.regionMatches(true, m.end(), " of", 0, 3)) {
                int shift = switch (m.group(1).toLowerCase(Locale.ROOT)) {
                    case "last" -> -1;
                    case "next" -> 1;
                    default -> 0;
                };
                add(found, taken, m.start(), m.end(), monthValue(YearMonth.from(published).plusMonths(shift)));
            }
        }
        m.usePattern(WEEKDAY).reset();
        while (m.find()) {
            if (free(taken, m.start(2), m.end(2))) {
                LocalDate day = weekday(m.group(1), DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT)), published,
                        Tense.future(s, m.start(), m.end()));
                int start = "last".equals(m.group(1)) || "next".equals(m.group(1)) ? m.start(1) : m.start(2);
                add(found, taken, start, m.end(2), dayValue(day));
            }
        }
        m.usePattern(RELATIVE_DAY).reset();
        while (m.find()) {
            if (free(taken, m.start(), m.end())) {
                int shift = switch (m.group(1).toLowerCase(Locale.ROOT)) {
                    case "yesterday" -> -1;
                    case "tomorrow" -> 1;
                    default -> 0;
                };
                add(found, taken, m.start(), m.end(), dayValue(published.plusDays(shift)));
            }
        }
        m.usePattern(YEAR_RANGE).reset();
        while (m.find()) {
            if (free(taken, m.start(), m.end())) {
                int first = Integer.parseInt(m.group(1));
                String tail = m.group(2);
                int second = tail.length() == 2 ? first / 100 * 100 + Integer.parseInt(tail) : Integer.parseInt(tail);
                if (second > first && second - first < 100) {
                    add(found, taken, m.start(1), m.end(1), yearValue(first));
                    add(found, taken, m.start(2), m.end(2), yearValue(second));
                }
            }
        }
        m.usePattern(YEAR_ALONE).reset();
        while (m.find()) {
            if (free(taken, m.start(), m.end()) && isYear(s, m.start(), m.end())) {
                add(found, taken, m.start(), m.end(), yearValue(Integer.parseInt(m.group(1))));
            }
        }
        return found;
    }

    private static boolean isYear(String s, int start, int end) {
        String before = s.substring(Math.max(0, start - 20), start);
        String after = s.substring(end);
        if (NOT_YEAR_AFTER.matcher(after).find()) {
            return false;
        }
        // "Russia's 2014 annexation", "in 2022", "the 2022 annexation": a year dates something; a bare number does not.
        return YEAR_BEFORE.matcher(before).find();
    }

    private static void monthDay(String s, int start, int end, int month, String day, String year, LocalDate published,
            List<Found> found, boolean[] taken) {
        if (!free(taken, start, end)) {
            return;
        }
        int d = Integer.parseInt(day);
        if (year != null) {
            day(Integer.parseInt(year), month, d).ifPresent(date -> add(found, taken, start, end, dayValue(date)));
            return;
        }
        day(published.getYear(), month, d).ifPresent(date -> {
            boolean future = Tense.future(s, start, end);
            // A day after publication in a past-tense sentence belongs to the year before.
            LocalDate resolved = date.isAfter(published) && !future ? date.minusYears(1) : date;
            add(found, taken, start, end, dayValue(resolved));
        });
    }

    private static YearMonth monthNear(int month, String preposition, LocalDate published, boolean future) {
        YearMonth same = YearMonth.of(published.getYear(), month);
        YearMonth now = YearMonth.from(published);
        if ("next".equals(preposition) || (future && !"last".equals(preposition))) {
            return same.isAfter(now) ? same : same.plusYears(1);
        }
        if ("last".equals(preposition)) {
            return same.isBefore(now) ? same : same.minusYears(1);
        }
        return same.isAfter(now) ? same.minusYears(1) : same;
    }

    private static java.util.Optional<LocalDate> ordinalDay(Matcher m, LocalDate published, String s) {
        int d = Integer.parseInt(m.group(1));
        YearMonth month = YearMonth.from(published);
        if (m.group(2) != null) {
            month = switch (m.group(2)) {
                case "last" -> month.minusMonths(1);
                case "next" -> month.plusMonths(1);
                default -> month;
            };
        }
        else if (d > published.getDayOfMonth() && !Tense.future(s, m.start(), m.end())) {
            month = month.minusMonths(1);
        }
        return day(month.getYear(), month.getMonthValue(), d);
    }

    private static LocalDate weekday(String modifier, DayOfWeek day, LocalDate published, boolean future) {
        if ("next".equals(modifier) || (future && !"last".equals(modifier))) {
            return published.with(TemporalAdjusters.next(day));
        }
        if ("last".equals(modifier)) {
            return published.with(TemporalAdjusters.previous(day));
        }
        return published.with(TemporalAdjusters.previousOrSame(day));
    }

    private static int month(String name) {
        return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }

    private static java.util.Optional<LocalDate> day(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(LocalDate.of(year, month, day));
    }

    private static boolean free(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    private static void add(List<Found> found, boolean[] taken, int start, int end, DateValue value) {
        for (int i = start; i < end; i++) {
            taken[i] = true;
        }
        found.add(new Found(ClaimType.DATE, start, end, value));
    }

    private static DateValue dayValue(LocalDate d) {
        return new DateValue(d.toString(), DatePrecision.DAY);
    }

    private static DateValue monthValue(YearMonth m) {
        return new DateValue(m.toString(), DatePrecision.MONTH);
    }

    private static DateValue yearValue(int year) {
        return new DateValue(String.valueOf(year), DatePrecision.YEAR);
    }
}
