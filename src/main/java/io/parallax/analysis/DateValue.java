package io.parallax.analysis;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.Locale;
import java.util.Objects;

/** A point in the calendar as precise as the text gives it: a day ({@link LocalDate}), a month ({@link YearMonth}) or a year ({@link Year}). */
public record DateValue(Temporal when) implements ClaimValue {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    public DateValue {
        Objects.requireNonNull(when, "when");
        if (!(when instanceof LocalDate || when instanceof YearMonth || when instanceof Year)) {
            throw new IllegalArgumentException("A date value is a LocalDate, YearMonth or Year, not " + when.getClass().getSimpleName());
        }
    }

    /** The value from its ISO form ("2024-10-24", "2024-10", "2024") read at the given precision. */
    public DateValue(String iso, DatePrecision precision) {
        this(read(iso, precision));
    }

    public static DateValue of(LocalDate day) {
        return new DateValue(day);
    }

    public static DateValue of(YearMonth month) {
        return new DateValue(month);
    }

    public static DateValue of(Year year) {
        return new DateValue(year);
    }

    private static Temporal read(String iso, DatePrecision precision) {
        Objects.requireNonNull(iso, "iso");
        return switch (Objects.requireNonNull(precision, "precision")) {
            case DAY -> LocalDate.parse(iso);
            case MONTH -> YearMonth.parse(iso);
            case YEAR -> Year.parse(iso);
        };
    }

    public DatePrecision precision() {
        return switch (when) {
            case LocalDate d -> DatePrecision.DAY;
            case YearMonth m -> DatePrecision.MONTH;
            default -> DatePrecision.YEAR;
        };
    }

    /** "2024-10-24", "2024-10" or "2024". */
    public String iso() {
        return when.toString();
    }

    /** The day, when the value names one. */
    public LocalDate day() {
        return when instanceof LocalDate d ? d : null;
    }

    /** The first day the value covers: the day itself, the first of its month, or 1 January of its year. */
    public LocalDate firstDay() {
        return switch (when) {
            case LocalDate d -> d;
            case YearMonth m -> m.atDay(1);
            case Year y -> y.atDay(1);
            default -> throw new IllegalStateException();
        };
    }

    /** The last day the value covers. */
    public LocalDate lastDay() {
        return switch (when) {
            case LocalDate d -> d;
            case YearMonth m -> m.atEndOfMonth();
            case Year y -> y.atMonth(12).atEndOfMonth();
            default -> throw new IllegalStateException();
        };
    }

    @Override
    public ClaimType type() {
        return ClaimType.DATE;
    }

    @Override
    public String label() {
        return switch (when) {
            case LocalDate d -> d.format(DAY);
            case YearMonth m -> m.format(MONTH);
            default -> when.toString();
        };
    }

    /** Equal, or one is coarser and contains the other: "October 2024" fits "24 Oct 2024", "2024" fits both. */
    @Override
    public boolean compatibleWith(ClaimValue other) {
        if (!(other instanceof DateValue o)) {
            return false;
        }
        DateValue coarse = precision().compareTo(o.precision()) >= 0 ? this : o;
        DateValue fine = coarse == this ? o : this;
        return !fine.firstDay().isBefore(coarse.firstDay()) && !fine.lastDay().isAfter(coarse.lastDay());
    }

    /** 0 for a day, 1 for a month, 2 for a year. */
    @Override
    public int vagueness() {
        return precision().ordinal();
    }
}
