package io.parallax.analysis;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds references to calendar days, months and years in a sentence and resolves them against the publication date. */
final class DateRules {

    /** A date found in the text, with absolute offsets. */
    record Found(int start, int end, DateValue value) {
    }

    private static final String MONTH = "(?<mon>January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Sept|Sep|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Oct|Nov|Dec)";
    private static final String MONTH_NO_MAY = "(?<mon>January|February|March|April|June|July|August|September|October"
            + "|November|December|Sept|Sep|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Oct|Nov|Dec)";
    private static final String ORD = "(?:st|nd|rd|th)?";
    private static final String YEAR_TAIL = "(?:,?\\s+(?<year>(?:19|20)\\d{2})(?!\\d|,\\d))?";

    private static final Pattern ISO = Pattern.compile("(?<![\\d-])(?<y>(?:19|20)\\d{2})-(?<m>[01]\\d)-(?<d>[0-3]\\d)(?![\\d-])");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b" + MONTH + "\\.?\\s+(?<day>[0-3]?\\d)" + ORD + "(?![\\d:.]\\d|\\s*(?:%|percent|p\\.m|a\\.m))\\b" + YEAR_TAIL);
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?<![\\d,.])\\b(?<day>[0-3]?\\d)" + ORD + "\\s+(?:of\\s+)?" + MONTH + "\\b\\.?" + YEAR_TAIL);
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\.?,?\\s+(?<year>(?:19|20)\\d{2})(?!\\d|,\\d)");
    private static final Pattern MONTH_ALONE = Pattern.compile(
            "\\b(?<pre>(?:in|since|until|till|by|during|from|through|throughout|of|on|before|after|last|next|this|early|late"
            + "|mid|the\\s+end\\s+of|the\\s+start\\s+of|the\\s+beginning\\s+of)[\\s-]+)"
            + "(?<mod>(?:early|late|mid)[\\s-]+)?" + MONTH + "\\b\\.?");
    private static final Pattern MONTH_ALONE_NO_PREP = Pattern.compile("\\b" + MONTH_NO_MAY + "\\b(?!\\s*\\d)");
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(?:(?<mod>(?i:last|next|this|on|early|late|earlier\\s+on|late\\s+on))\\s+)?"
            + "(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?!s\\b)\\b");
    private static final Pattern RELATIVE_DAY = Pattern.compile("\\b(?<w>(?i:yesterday|today|tomorrow))\\b");
    private static final Pattern NTH_OF_MONTH = Pattern.compile(
            "\\bthe\\s+(?<day>[0-3]?\\d)(?:st|nd|rd|th)\\s+of\\s+(?<rel>last|this|next)\\s+month\\b");
    private static final Pattern ON_THE_NTH = Pattern.compile(
            "\\b(?i:on)\\s+the\\s+(?<day>[0-3]?\\d)(?:st|nd|rd|th)\\b(?!\\s+(?:of|anniversary|day|floor|round|time|century|birthday))");
    private static final Pattern RELATIVE_PERIOD = Pattern.compile(
            "\\b(?<rel>(?i:last|next|previous))\\s+(?<unit>month|year)\\b");
    private static final Pattern YEAR = Pattern.compile(
            "(?<![\\d,.$€£#/-])(?<y>(?:19|20)\\d{2})(?:\\s*[-–]\\s*(?<y2>(?:19|20)?\\d{2}))?(?!\\d|,\\d|\\.\\d|-\\d|\\s*(?:%|percent|per\\s+cent|GMT|UTC|hrs|hours|h\\b))"
            + "(?!\\s+(?:troops|soldiers|servicemen|forces|fighters|people|men|women|votes|deputies|lawmakers|senators|residents"
            + "|refugees|civilians|missiles|shells|rounds|drones|tanks|km|kilometers|kilometres|miles|meters|metres|tons"
            + "|tonnes|dollars|euros|rubles|roubles|won|yuan|casualties|prisoners|workers|units|vehicles|times|members"
            + "|of\\s+(?:them|the|whom|those))\\b)"
            // a plural noun right after a four-digit number usually counts things ("2000 students"), bar event nouns
            + "(?!\\s+(?!(?:elections|olympics|games|talks|protests|sanctions|midterms|polls|floods|riots|negotiations"
            + "|reforms|hostilities|summits|accords|events|clashes|attacks|hearings)\\b)[a-z]{2,}[a-rt-z]s\\b)");
    private static final Pattern YEAR_EXCLUDED_BEFORE = Pattern.compile(
            "(?i)(?:about|around|some|roughly|approximately|nearly|almost|up\\s+to|more\\s+than|over|at\\s+least|fewer\\s+than"
            + "|less\\s+than|number|No\\.|total\\s+of|estimated)\\s+$");

    private DateRules() {
    }

    /**
     * Tries the pattern anchored at each of the {@code words} word starts before {@code pos} (farthest first, so the
     * longest lead-in wins) and then at {@code pos}; true when it matches with {@code group} starting at {@code pos}.
     */
    private static boolean anchorBefore(Matcher m, String text, int from, int pos, int words, String group) {
        int[] starts = new int[words + 1];
        int n = 0;
        int j = pos;
        while (n < words && j > from) {
            while (j > from && !PhraseIndex.isWordChar(text.charAt(j - 1))) {
                j--;
            }
            while (j > from && (PhraseIndex.isWordChar(text.charAt(j - 1)) || text.charAt(j - 1) == '-')) {
                j--;
            }
            if (pos - j > 40) {
                break;
            }
            starts[n++] = j;
        }
        for (int k = n - 1; k >= -1; k--) {
            int at = k >= 0 ? starts[k] : pos;
            m.region(at, Math.min(text.length(), pos + 40));
            if (m.lookingAt() && m.start(group) == pos) {
                return true;
            }
        }
        return false;
    }

    // Start of "24 " / "24th of " right before a month name, or -1.
    private static int dayBefore(String text, int from, int monthStart) {
        int j = monthStart;
        while (j > from && text.charAt(j - 1) == ' ') {
            j--;
        }
        if (j - 3 >= from && text.regionMatches(j - 3, " of", 0, 3)) {
            j -= 3;
            while (j > from && text.charAt(j - 1) == ' ') {
                j--;
            }
        }
        if (j - 2 >= from && Character.isLetter(text.charAt(j - 1)) && Character.isLetter(text.charAt(j - 2))) {
            j -= 2;
        }
        int digitsEnd = j;
        while (j > from && j > digitsEnd - 2 && Character.isDigit(text.charAt(j - 1))) {
            j--;
        }
        return j < digitsEnd ? j : -1;
    }

    // Start,end pairs of the digit runs in [from, to): years, days and ISO dates all begin at one.
    private static int[] digitRuns(String text, int from, int to) {
        int[] out = new int[8];
        int n = 0;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                int j = i + 1;
                while (j < to && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
                    j++;
                }
                if (n + 2 > out.length) {
                    out = java.util.Arrays.copyOf(out, out.length * 2);
                }
                out[n++] = i;
                out[n++] = j;
                i = j;
            } else {
                i++;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    static List<Found> find(String text, Sentence s, LocalDate published) {
        return find(text, s, published, Triggers.find(text, s.start(), s.end()), Clauses.of(text, s), new Matchers(text));
    }

    static List<Found> find(String text, Sentence s, LocalDate published, Triggers.Found cues, Clauses clauses,
                           Matchers mx) {
        List<Found> out = new ArrayList<>();
        if (!cues.has(Triggers.DIGIT | Triggers.MONTH | Triggers.WEEKDAY | Triggers.RELATIVE_DAY | Triggers.PERIOD)) {
            return out;
        }
        int from = s.start();
        int to = s.end();
        int[] relativeWindows = Windows.around(cues.of(Triggers.RELATIVE_DAY), from, to, 0, 0);
        int[] periodWindows = Windows.around(cues.of(Triggers.PERIOD), from, to, 0, 10);
        int[] runs = cues.has(Triggers.DIGIT) ? digitRuns(text, from, to) : new int[0];
        Matcher m = mx.transparent(ISO);
        for (int r = 0; r < runs.length; r += 2) {
            if (runs[r + 1] - runs[r] != 4) {
                continue;
            }
            m.region(runs[r], to);
            if (m.lookingAt()) {
                try {
                    LocalDate d = LocalDate.of(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")),
                            Integer.parseInt(m.group("d")));
                    add(out, m.start(), m.end(), day(d));
                } catch (java.time.DateTimeException ignored) {
                    // not a real calendar day, so not a date
                }
            }
        }
        List<PhraseIndex.Hit> monthHits = cues.of(Triggers.MONTH);
        m = mx.transparent(MONTH_DAY);
        for (PhraseIndex.Hit h : monthHits) {
            m.region(h.start(), to);
            if (m.lookingAt()) {
                dayOfMonth(text, clauses, published, m, out);
            }
        }
        m = mx.transparent(DAY_MONTH);
        for (PhraseIndex.Hit h : monthHits) {
            int at = dayBefore(text, from, h.start());
            if (at >= 0) {
                m.region(at, to);
                if (m.lookingAt()) {
                    dayOfMonth(text, clauses, published, m, out);
                }
            }
        }
        m = mx.transparent(MONTH_YEAR);
        for (PhraseIndex.Hit h : monthHits) {
            m.region(h.start(), to);
            if (m.lookingAt()) {
                add(out, m.start(), m.end(), month(YearMonth.of(Integer.parseInt(m.group("year")), monthNumber(m.group("mon")))));
            }
        }
        m = mx.transparent(MONTH_ALONE);
        for (PhraseIndex.Hit h : monthHits) {
            if (!anchorBefore(m, text, from, h.start(), 4, "mon")) {
                continue;
            }
            String pre = m.group("pre").strip().toLowerCase(Locale.ROOT);
            boolean relative = pre.equals("last") || pre.equals("next") || pre.equals("this")
                    || pre.startsWith("early") || pre.startsWith("late") || pre.startsWith("mid");
            int start = relative ? m.start("pre") : (m.group("mod") != null ? m.start("mod") : m.start("mon"));
            int end = text.charAt(m.end() - 1) == '.' ? m.end() - 1 : m.end();
            add(out, start, end, month(resolveMonth(clauses, published, monthNumber(m.group("mon")), pre, start, end)));
        }
        m = mx.transparent(MONTH_ALONE_NO_PREP);
        for (PhraseIndex.Hit h : monthHits) {
            m.region(h.start(), to);
            // a bare month name is still a month ("June's summit"), but "March" opening a sentence is a verb
            if (!m.lookingAt() || (m.start() == from && m.group("mon").equals("March"))) {
                continue;
            }
            add(out, m.start(), m.end(),
                    month(resolveMonth(clauses, published, monthNumber(m.group("mon")), "", m.start(), m.end())));
        }
        m = mx.transparent(WEEKDAY);
        for (PhraseIndex.Hit h : cues.of(Triggers.WEEKDAY)) {
            if (anchorBefore(m, text, from, h.start(), 2, "wd")) {
                add(out, m.start(), m.end(), day(resolveWeekday(clauses, published, m)));
            }
        }
        for (int w = 0; w < relativeWindows.length; w += 2) {
            int offset = switch (text.substring(relativeWindows[w], relativeWindows[w + 1]).toLowerCase(Locale.ROOT)) {
                case "yesterday" -> -1;
                case "tomorrow" -> 1;
                default -> 0;
            };
            add(out, relativeWindows[w], relativeWindows[w + 1], day(published.plusDays(offset)));
        }
        m = mx.transparent(NTH_OF_MONTH);
        for (int r = 0; r < runs.length; r += 2) {
            int at = runs[r] - 4;
            if (at < from || !text.regionMatches(at, "the ", 0, 4)) {
                continue;
            }
            m.region(at, to);
            if (m.lookingAt()) {
                int shift = switch (m.group("rel")) {
                    case "last" -> -1;
                    case "next" -> 1;
                    default -> 0;
                };
                YearMonth ym = YearMonth.from(published).plusMonths(shift);
                int d = Integer.parseInt(m.group("day"));
                if (ym.isValidDay(d)) {
                    add(out, m.start(), m.end(), day(ym.atDay(d)));
                }
            }
        }
        m = mx.transparent(ON_THE_NTH);
        for (int r = 0; r < runs.length; r += 2) {
            int at = runs[r] - 7;
            if (at < from || !text.regionMatches(true, at, "on the ", 0, 7)) {
                continue;
            }
            m.region(at, to);
            if (m.lookingAt()) {
                int d = Integer.parseInt(m.group("day"));
                YearMonth ym = YearMonth.from(published);
                if (d > published.getDayOfMonth() && !clauses.isFuture(m.start(), m.end())) {
                    ym = ym.minusMonths(1);
                }
                if (ym.isValidDay(d)) {
                    add(out, m.start(), m.end(), day(ym.atDay(d)));
                }
            }
        }
        m = mx.transparent(RELATIVE_PERIOD);
        for (int w = 0; w < periodWindows.length; w += 2) {
            m.region(periodWindows[w], periodWindows[w + 1]);
            while (m.find()) {
                int shift = m.group("rel").equalsIgnoreCase("next") ? 1 : -1;
                if (m.group("unit").equals("month")) {
                    add(out, m.start(), m.end(), month(YearMonth.from(published).plusMonths(shift)));
                } else {
                    add(out, m.start(), m.end(), year(published.getYear() + shift));
                }
            }
        }
        m = mx.transparent(YEAR);
        for (int r = 0; r < runs.length; r += 2) {
            if (runs[r + 1] - runs[r] != 4) {
                continue;
            }
            m.region(runs[r], to);
            if (!m.lookingAt()) {
                continue;
            }
            int lookFrom = Math.max(from, m.start() - 20);
            if (mx.get(YEAR_EXCLUDED_BEFORE).region(lookFrom, m.start()).find()) {
                continue;
            }
            int y = Integer.parseInt(m.group("y"));
            add(out, m.start("y"), m.end("y"), year(y));
            String y2s = m.group("y2");
            if (y2s != null) {
                int y2 = y2s.length() == 2 ? y / 100 * 100 + Integer.parseInt(y2s) : Integer.parseInt(y2s);
                if (y2 > y) {
                    add(out, m.start("y2"), m.end("y2"), year(y2));
                }
            }
        }
        return out;
    }

    private static void dayOfMonth(String text, Clauses clauses, LocalDate published, Matcher m, List<Found> out) {
        int month = monthNumber(m.group("mon"));
        int d = Integer.parseInt(m.group("day"));
        if (d < 1 || d > 31) {
            return;
        }
        int end = m.end();
        if (m.group("year") == null && text.charAt(end - 1) == '.') {
            end--;
        }
        if (m.group("year") != null) {
            int y = Integer.parseInt(m.group("year"));
            if (YearMonth.of(y, month).isValidDay(d)) {
                add(out, m.start(), end, day(LocalDate.of(y, month, d)));
            }
            return;
        }
        int y = published.getYear();
        if (!YearMonth.of(y, month).isValidDay(d)) {
            return;
        }
        LocalDate candidate = LocalDate.of(y, month, d);
        boolean future = clauses.isFuture(m.start(), end);
        if (candidate.isAfter(published) && !future) {
            candidate = candidate.minusYears(1);
        } else if (candidate.isBefore(published) && future && !YearMonth.from(candidate).equals(YearMonth.from(published))) {
            candidate = candidate.plusYears(1);
        }
        add(out, m.start(), end, day(candidate));
    }

    private static YearMonth resolveMonth(Clauses clauses, LocalDate published, int month, String pre, int start, int end) {
        YearMonth current = YearMonth.from(published);
        YearMonth sameYear = YearMonth.of(published.getYear(), month);
        if (pre.equals("last")) {
            return sameYear.isBefore(current) ? sameYear : sameYear.minusYears(1);
        }
        if (pre.equals("next")) {
            return sameYear.isAfter(current) ? sameYear : sameYear.plusYears(1);
        }
        boolean future = clauses.isFuture(start, end);
        if (sameYear.isAfter(current) && !future) {
            return sameYear.minusYears(1);
        }
        return sameYear.isBefore(current) && future ? sameYear.plusYears(1) : sameYear;
    }

    private static LocalDate resolveWeekday(Clauses clauses, LocalDate published, Matcher m) {
        DayOfWeek dow = DayOfWeek.valueOf(m.group("wd").toUpperCase(Locale.ROOT));
        String mod = m.group("mod") == null ? "" : m.group("mod").toLowerCase(Locale.ROOT);
        if (mod.equals("last")) {
            return published.with(TemporalAdjusters.previous(dow));
        }
        if (mod.equals("next")) {
            return published.with(TemporalAdjusters.next(dow));
        }
        if (clauses.isFuture(m.start(), m.end())) {
            return published.with(TemporalAdjusters.nextOrSame(dow));
        }
        return published.with(TemporalAdjusters.previousOrSame(dow));
    }

    private static int monthNumber(String name) {
        return switch (name.substring(0, 3)) {
            case "Jan" -> 1;
            case "Feb" -> 2;
            case "Mar" -> 3;
            case "Apr" -> 4;
            case "May" -> 5;
            case "Jun" -> 6;
            case "Jul" -> 7;
            case "Aug" -> 8;
            case "Sep" -> 9;
            case "Oct" -> 10;
            case "Nov" -> 11;
            default -> 12;
        };
    }

    private static DateValue day(LocalDate d) {
        return DateValue.of(d);
    }

    private static DateValue month(YearMonth ym) {
        return DateValue.of(ym);
    }

    private static DateValue year(int y) {
        return DateValue.of(java.time.Year.of(y));
    }

    // Rules run from most to least specific, so a span already claimed by an earlier rule wins.
    private static void add(List<Found> out, int start, int end, DateValue v) {
        for (Found f : out) {
            if (start < f.end() && f.start() < end) {
                return;
            }
        }
        out.add(new Found(start, end, v));
    }
}
