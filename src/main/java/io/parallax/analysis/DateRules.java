package io.parallax.analysis;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Interprets the date rules of a rule book ({@code date.rules}): runs each rule where its anchor is, and turns matches
 * into calendar values with the normaliser the rule names, resolving them against the publication date.
 */
final class DateRules {

    /** A date found in the text, with absolute offsets. */
    record Found(int start, int end, DateValue value) {
    }

    /** What the rules remember across the sentences of one article: the latest day-precise date, for "that day". */
    static final class Memory {
        private LocalDate lastDay;

        LocalDate lastDay() {
            return lastDay;
        }
    }

    /** What a normaliser sees of one match. */
    private record Match(String text, Sentence sentence, LocalDate published, Clauses clauses, Matchers mx, Matcher m,
                         Memory memory, List<Found> out) {
    }

    @FunctionalInterface
    private interface Normaliser {
        void apply(DateRules rules, Match x);
    }

    private static final Map<String, Normaliser> NORMALISERS = Map.ofEntries(
            Map.entry("isoDate", DateRules::isoDate),
            Map.entry("monthDay", DateRules::monthDay),
            Map.entry("monthYear", DateRules::monthYear),
            Map.entry("monthOfRelativeYear", DateRules::monthOfRelativeYear),
            Map.entry("monthAfterLeadIn", DateRules::monthAfterLeadIn),
            Map.entry("monthBare", DateRules::monthBare),
            Map.entry("weekday", DateRules::weekday),
            Map.entry("relativeDay", DateRules::relativeDay),
            Map.entry("nthOfMonth", DateRules::nthOfMonth),
            Map.entry("onTheNth", DateRules::onTheNth),
            Map.entry("thisPeriod", DateRules::thisPeriod),
            Map.entry("relativePeriod", DateRules::relativePeriod),
            Map.entry("anaphoricDay", DateRules::anaphoricDay),
            Map.entry("dayOffset", DateRules::dayOffset),
            Map.entry("year", DateRules::year));

    /** A rule with its anchor decoded once. */
    private record Compiled(RuleBook.Rule rule, Normaliser norm, int cue, int digits, int lookback, String at,
                            Pattern unlessBefore, int beforeWindow) {
    }

    private final RuleBook book;
    private final NumberParser numbers;
    private final List<Compiled> rules;
    private final int anyCue;
    private final Pattern pastMarker;

    DateRules(RuleBook book, NumberParser numbers) {
        this.book = book;
        this.numbers = numbers;
        List<Compiled> out = new ArrayList<>();
        int any = 0;
        for (RuleBook.Rule r : book.rules("date.rules")) {
            Normaliser n = NORMALISERS.get(r.norm());
            if (n == null) {
                throw new IllegalArgumentException("rule " + r.name() + ": unknown normaliser " + r.norm());
            }
            String anchor = r.option("ANCHOR");
            int cue;
            int digits = -1;
            if (anchor == null) {
                throw new IllegalArgumentException("rule " + r.name() + " has no ANCHOR");
            } else if (anchor.startsWith("cue:")) {
                cue = Triggers.category(anchor.substring(4));
            } else if (anchor.startsWith("digits")) {
                cue = Triggers.DIGIT;
                digits = anchor.contains(":") ? Integer.parseInt(anchor.substring(anchor.indexOf(':') + 1)) : 0;
            } else {
                throw new IllegalArgumentException("rule " + r.name() + ": unknown anchor " + anchor);
            }
            String unless = r.option("UNLESS_BEFORE");
            out.add(new Compiled(r, n, cue, digits, r.intOption("LOOKBACK", 0), r.option("AT"),
                    unless == null ? null : Pattern.compile(unless), r.intOption("BEFORE_WINDOW", 30)));
            any |= cue;
        }
        this.rules = List.copyOf(out);
        this.anyCue = any;
        this.pastMarker = book.pattern("pastMarker");
    }

    List<Found> find(String text, Sentence s, LocalDate published, Triggers.Found cues, Clauses clauses, Matchers mx,
                     Memory memory) {
        List<Found> out = new ArrayList<>();
        if (!cues.has(anyCue)) {
            return out;
        }
        int from = s.start();
        int to = s.end();
        int[] runs = cues.has(Triggers.DIGIT) ? digitRuns(text, from, to) : new int[0];
        for (Compiled c : rules) {
            if (!cues.has(c.cue())) {
                continue;
            }
            Matcher m = mx.transparent(c.rule().pattern());
            Match x = new Match(text, s, published, clauses, mx, m, memory, out);
            if (c.digits() >= 0) {
                for (int r = 0; r < runs.length; r += 2) {
                    if (c.digits() == 0 || runs[r + 1] - runs[r] == c.digits()) {
                        tryAt(c, x, runs[r]);
                    }
                }
            } else {
                for (Triggers.Hit h : cues.hits()) {
                    if ((h.mask() & c.cue()) != 0) {
                        tryAt(c, x, h.start());
                    }
                }
            }
        }
        int latest = -1;
        for (Found f : out) {
            if (f.value().precision() == DatePrecision.DAY && f.start() > latest) {
                memory.lastDay = f.value().day();
                latest = f.start();
            }
        }
        return out;
    }

    private void tryAt(Compiled c, Match x, int pos) {
        Matcher m = x.m();
        boolean ok = c.lookback() > 0
                ? anchorBefore(m, x.text(), x.sentence().start(), x.sentence().end(), pos, c.lookback(), c.at())
                : m.region(pos, x.sentence().end()).lookingAt();
        if (!ok) {
            return;
        }
        if (c.unlessBefore() != null) {
            int lookFrom = Math.max(x.sentence().start(), m.start() - c.beforeWindow());
            if (x.mx().get(c.unlessBefore()).region(lookFrom, m.start()).find()) {
                return;
            }
        }
        c.norm().apply(this, x);
    }

    /**
     * Tries the pattern from each of the {@code words} word starts before {@code pos} (farthest first, so the longest
     * lead-in wins) and then at {@code pos}; true when it matches with {@code group} starting at {@code pos} (or, with no
     * group, reaching past it).
     */
    private static boolean anchorBefore(Matcher m, String text, int from, int to, int pos, int words, String group) {
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
            m.region(at, to);
            if (m.lookingAt() && (group == null ? m.end() > pos : m.start(group) == pos)) {
                return true;
            }
        }
        return false;
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

    // ---------------------------------------------------------------- normalisers

    private void isoDate(Match x) {
        Matcher m = x.m();
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")),
                    Integer.parseInt(m.group("d")));
            add(x.out(), m.start(), m.end(), day(d));
        } catch (java.time.DateTimeException ignored) {
            // not a real calendar day, so not a date
        }
    }

    private void monthDay(Match x) {
        Matcher m = x.m();
        int month = monthNumber(m.group("mon"));
        int d = Integer.parseInt(m.group("day"));
        if (d < 1 || d > 31) {
            return;
        }
        int end = m.end();
        if (m.group("year") == null && x.text().charAt(end - 1) == '.') {
            end--;
        }
        if (m.group("year") != null) {
            int y = Integer.parseInt(m.group("year"));
            if (YearMonth.of(y, month).isValidDay(d)) {
                add(x.out(), m.start(), end, day(LocalDate.of(y, month, d)));
            }
            return;
        }
        LocalDate published = x.published();
        int y = published.getYear();
        if (!YearMonth.of(y, month).isValidDay(d)) {
            return;
        }
        LocalDate candidate = LocalDate.of(y, month, d);
        boolean future = x.clauses().isFuture(m.start(), end);
        // a later day this year is last year's only when the clause speaks of the past ("takes effect on Feb. 14")
        if (candidate.isAfter(published) && !future && past(x, m.start(), end)) {
            candidate = candidate.minusYears(1);
        } else if (candidate.isBefore(published) && future && !YearMonth.from(candidate).equals(YearMonth.from(published))) {
            candidate = candidate.plusYears(1);
        }
        add(x.out(), m.start(), end, day(candidate));
    }

    private void monthYear(Match x) {
        Matcher m = x.m();
        add(x.out(), m.start(), m.end(), month(YearMonth.of(Integer.parseInt(m.group("year")), monthNumber(m.group("mon")))));
    }

    // "May last year", "June next year"
    private void monthOfRelativeYear(Match x) {
        Matcher m = x.m();
        int year = x.published().getYear() + Integer.parseInt(book.value("relativeShift", m.group("rel")));
        add(x.out(), m.start(), m.end(), month(YearMonth.of(year, monthNumber(m.group("mon")))));
    }

    private void monthAfterLeadIn(Match x) {
        Matcher m = x.m();
        String pre = RuleBook.fold(m.group("pre"));
        String shift = book.value("relativeShift", pre);
        boolean relative = shift != null || isDayPart(pre);
        int start = relative ? m.start("pre") : (m.group("mod") != null ? m.start("mod") : m.start("mon"));
        int end = x.text().charAt(m.end() - 1) == '.' ? m.end() - 1 : m.end();
        add(x.out(), start, end, month(resolveMonth(x, monthNumber(m.group("mon")), shift, start, end)));
    }

    private boolean isDayPart(String pre) {
        for (String p : book.words("dayPart")) {
            if (pre.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private void monthBare(Match x) {
        Matcher m = x.m();
        // a bare month name is still a month ("June's summit"), but "May" is a verb and "March" opening a sentence is too
        String verb = book.value("monthVerb", m.group("mon"));
        if (verb != null && (verb.equals("always") || (verb.equals("sentenceStart") && m.start() == x.sentence().start()))) {
            return;
        }
        add(x.out(), m.start(), m.end(), month(resolveMonth(x, monthNumber(m.group("mon")), null, m.start(), m.end())));
    }

    private void weekday(Match x) {
        Matcher m = x.m();
        LocalDate published = x.published();
        DayOfWeek dow = DayOfWeek.of(Integer.parseInt(book.value("weekday", m.group("wd"))));
        String mod = m.group("mod") == null ? "" : RuleBook.fold(m.group("mod"));
        String week = m.group("week");
        LocalDate d;
        if (week != null) {
            // "Wednesday last week": that weekday in the calendar week (Monday to Sunday) before or after this one
            int shift = Integer.parseInt(book.value("relativeShift", week));
            d = published.plusWeeks(shift).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    .with(TemporalAdjusters.nextOrSame(dow));
        } else if ("-1".equals(book.value("relativeShift", mod))) {
            d = published.with(TemporalAdjusters.previous(dow));
        } else if ("1".equals(book.value("relativeShift", mod))) {
            d = published.with(TemporalAdjusters.next(dow));
        } else if (x.clauses().isFuture(m.start(), m.end())) {
            d = published.with(TemporalAdjusters.nextOrSame(dow));
        } else {
            d = published.with(TemporalAdjusters.previousOrSame(dow));
        }
        add(x.out(), m.start(), m.end(), day(d));
    }

    private void relativeDay(Match x) {
        Matcher m = x.m();
        int offset = Integer.parseInt(book.value("relativeDay", m.group("w")));
        add(x.out(), m.start(), m.end(), day(x.published().plusDays(offset)));
    }

    private void nthOfMonth(Match x) {
        Matcher m = x.m();
        YearMonth ym = YearMonth.from(x.published()).plusMonths(Integer.parseInt(book.value("relativeShift", m.group("rel"))));
        int d = Integer.parseInt(m.group("day"));
        if (ym.isValidDay(d)) {
            add(x.out(), m.start(), m.end(), day(ym.atDay(d)));
        }
    }

    // A bare day of month: this month or a neighbour, by tense and then by nearness to the publication date.
    private void onTheNth(Match x) {
        Matcher m = x.m();
        int d = Integer.parseInt(m.group("day"));
        LocalDate published = x.published();
        YearMonth current = YearMonth.from(published);
        YearMonth ym;
        if (x.clauses().isFuture(m.start(), m.end())) {
            ym = d >= published.getDayOfMonth() ? current : current.plusMonths(1);
        } else if (d <= published.getDayOfMonth()) {
            ym = current;
        } else if (past(x, m.start(), m.end())) {
            ym = current.minusMonths(1);
        } else {
            // no tense either way: the nearer of this month's and last month's day
            LocalDate here = current.isValidDay(d) ? current.atDay(d) : null;
            YearMonth before = current.minusMonths(1);
            LocalDate there = before.isValidDay(d) ? before.atDay(d) : null;
            ym = here != null && (there == null
                    || Math.abs(here.toEpochDay() - published.toEpochDay()) <= published.toEpochDay() - there.toEpochDay())
                    ? current : before;
        }
        if (ym.isValidDay(d)) {
            add(x.out(), m.start(), m.end(), day(ym.atDay(d)));
        }
    }

    private boolean past(Match x, int start, int end) {
        int[] c = x.clauses().clauseAround(start, end);
        return x.mx().get(pastMarker).region(c[0], c[1]).find();
    }

    private void thisPeriod(Match x) {
        Matcher m = x.m();
        add(x.out(), m.start(), m.end(), month(YearMonth.from(x.published())));
    }

    private void relativePeriod(Match x) {
        Matcher m = x.m();
        int shift = Integer.parseInt(book.value("relativeShift", m.group("rel")));
        LocalDate published = x.published();
        if (m.group("unit").equals("month")) {
            add(x.out(), m.start(), m.end(), month(YearMonth.from(published).plusMonths(shift)));
        } else {
            add(x.out(), m.start(), m.end(), year(published.getYear() + shift));
        }
    }

    private void dayOffset(Match x) {
        Matcher m = x.m();
        LocalDate base = baseDay(x, m.start());
        if (base == null) {
            return;
        }
        String n = m.group("n");
        long days = Character.isDigit(n.charAt(0)) ? Long.parseLong(n) : numbers.parse(n);
        String event = book.value("dayOffsetEvent", m.group("dir"));
        String sign = m.group("alone") != null || event == null ? book.value("dayOffsetAlone", m.group("dir")) : event;
        if (days <= 0 || days > 31 || sign == null) {
            return;
        }
        int end = m.group("alone") != null ? m.start("alone") : m.end();
        add(x.out(), m.start(), end, day(base.plusDays(days * Integer.parseInt(sign))));
    }

    // The latest day-precise date before {@code pos}: earlier in the sentence, else earlier in the article.
    private static LocalDate baseDay(Match x, int pos) {
        LocalDate base = null;
        int baseEnd = -1;
        for (Found f : x.out()) {
            if (f.end() <= pos && f.end() > baseEnd && f.value().precision() == DatePrecision.DAY) {
                base = f.value().day();
                baseEnd = f.end();
            }
        }
        return base != null ? base : x.memory().lastDay();
    }

    private void anaphoricDay(Match x) {
        Matcher m = x.m();
        LocalDate base = null;
        int baseEnd = -1;
        for (Found f : x.out()) {
            if (f.end() <= m.start() && f.end() > baseEnd && f.value().precision() == DatePrecision.DAY) {
                base = f.value().day();
                baseEnd = f.end();
            }
        }
        if (base == null) {
            base = x.memory().lastDay();
        }
        if (base == null) {
            return;
        }
        int shift = Integer.parseInt(book.value("anaphoricDay", m.group("ref")));
        add(x.out(), m.start(), m.end(), day(base.plusDays(shift)));
    }

    private void year(Match x) {
        Matcher m = x.m();
        int y = Integer.parseInt(m.group("y"));
        add(x.out(), m.start("y"), m.end("y"), year(y));
        String y2s = m.group("y2");
        if (y2s != null) {
            int y2 = y2s.length() == 2 ? y / 100 * 100 + Integer.parseInt(y2s) : Integer.parseInt(y2s);
            if (y2 > y) {
                add(x.out(), m.start("y2"), m.end("y2"), year(y2));
            }
        }
    }

    private YearMonth resolveMonth(Match x, int month, String shift, int start, int end) {
        LocalDate published = x.published();
        YearMonth current = YearMonth.from(published);
        YearMonth sameYear = YearMonth.of(published.getYear(), month);
        if ("-1".equals(shift)) {
            return sameYear.isBefore(current) ? sameYear : sameYear.minusYears(1);
        }
        if ("1".equals(shift)) {
            return sameYear.isAfter(current) ? sameYear : sameYear.plusYears(1);
        }
        boolean future = x.clauses().isFuture(start, end);
        if (sameYear.isAfter(current) && !future && past(x, start, end)) {
            return sameYear.minusYears(1);
        }
        return sameYear.isBefore(current) && future ? sameYear.plusYears(1) : sameYear;
    }

    private int monthNumber(String name) {
        return Integer.parseInt(book.value("month", name.endsWith(".") ? name.substring(0, name.length() - 1) : name));
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
