package io.parallax.correction;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.parallax.analysis.ClaimType;
import io.parallax.analysis.ClaimValue;
import io.parallax.analysis.DatePrecision;
import io.parallax.analysis.DateValue;
import io.parallax.analysis.Qualifier;
import io.parallax.analysis.TroopCountValue;
import io.parallax.analysis.VoteValue;
import io.parallax.claim.ClaimValueJson;

/** Corrected values: read from what an editor typed, checked, kept as JSON of the engine's own value types, and said. */
final class Values {

    static final int MAX_COUNT = 10_000_000;
    static final int MAX_VOTES = 100_000;

    private Values() {
    }

    static String json(ClaimValue value) {
        return ClaimValueJson.write(value);
    }

    static ClaimValue fromJson(ClaimType type, String document) {
        return ClaimValueJson.read(type, document);
    }

    /** Reads a value of the given type, or throws naming every field that is missing or wrong. */
    static ClaimValue parse(ClaimType type, ValueInput in) {
        Map<String, String> errors = new LinkedHashMap<>();
        ValueInput input = in == null ? new ValueInput(null, null, null, null, null, null, null, null, null, null) : in;
        ClaimValue value;
        if (type.equals(ClaimType.DATE)) {
            value = date(input, errors);
        } else if (type.equals(ClaimType.TROOP_COUNT)) {
            value = count(input, errors);
        } else if (type.equals(ClaimType.VOTE)) {
            value = vote(input, errors);
        } else {
            // a discovered kind has no form of its own: its claims can still be rejected, moved and merged
            errors.put("type", type.label() + " values cannot be corrected here; reject the claim or move it instead.");
            value = null;
        }
        if (!errors.isEmpty()) {
            throw CorrectionException.invalid("The corrected value is incomplete or not valid.", errors);
        }
        return value;
    }

    private static DateValue date(ValueInput in, Map<String, String> errors) {
        String text = blankToNull(in.date());
        if (text == null) {
            errors.put("date", "Give the date as yyyy-mm-dd, yyyy-mm or yyyy.");
            return null;
        }
        DatePrecision precision = switch (text.length()) {
            case 10 -> DatePrecision.DAY;
            case 7 -> DatePrecision.MONTH;
            case 4 -> DatePrecision.YEAR;
            default -> null;
        };
        String given = blankToNull(in.precision());
        if (given != null) {
            DatePrecision named = enumValue(DatePrecision.class, given, "precision", errors);
            if (named != null && precision != null && named != precision) {
                errors.put("precision", "The precision " + named + " does not fit the date " + text + ".");
            }
        }
        try {
            if (precision == null) {
                throw new DateTimeParseException("length", text, 0);
            }
            switch (precision) {
                case DAY -> LocalDate.parse(text);
                case MONTH -> YearMonth.parse(text);
                case YEAR -> Year.parse(text);
            }
        }
        catch (DateTimeParseException ex) {
            errors.put("date", text + " is not a date; use yyyy-mm-dd, yyyy-mm or yyyy.");
            return null;
        }
        return new DateValue(text, precision);
    }

    private static TroopCountValue count(ValueInput in, Map<String, String> errors) {
        String given = blankToNull(in.qualifier());
        if (given == null) {
            errors.put("qualifier", "Choose how the figure is hedged: one of " + java.util.Arrays.toString(Qualifier.values()) + ".");
            return null;
        }
        Qualifier qualifier = enumValue(Qualifier.class, given, "qualifier", errors);
        Integer min = number(in.min(), "min", MAX_COUNT, errors);
        Integer max = number(in.max(), "max", MAX_COUNT, errors);
        if (qualifier == null || !errors.isEmpty()) {
            return null;
        }
        switch (qualifier) {
            case EXACT, APPROXIMATE -> {
                Integer n = min != null ? min : max;
                if (n == null) {
                    errors.put("min", "Give the figure.");
                    return null;
                }
                return new TroopCountValue(n, n, qualifier);
            }
            case AT_LEAST -> {
                if (min == null) {
                    errors.put("min", "Give the lowest figure.");
                    return null;
                }
                return new TroopCountValue(min, null, qualifier);
            }
            case AT_MOST -> {
                if (max == null) {
                    errors.put("max", "Give the highest figure.");
                    return null;
                }
                return new TroopCountValue(null, max, qualifier);
            }
            case RANGE -> {
                if (min == null || max == null) {
                    errors.put(min == null ? "min" : "max", "A range needs both figures.");
                    return null;
                }
                if (min > max) {
                    errors.put("max", "The highest figure is below the lowest.");
                    return null;
                }
                return new TroopCountValue(min, max, qualifier);
            }
            default -> {
                return new TroopCountValue(min, null, Qualifier.VAGUE);
            }
        }
    }

    private static VoteValue vote(ValueInput in, Map<String, String> errors) {
        String chamber = blankToNull(in.chamber());
        if (chamber != null && chamber.length() > 100) {
            errors.put("chamber", "The chamber's name is longer than 100 characters.");
        }
        Integer votesFor = number(in.votesFor(), "votesFor", MAX_VOTES, errors);
        Integer votesAgainst = number(in.votesAgainst(), "votesAgainst", MAX_VOTES, errors);
        Integer abstentions = number(in.abstentions(), "abstentions", MAX_VOTES, errors);
        String flag = blankToNull(in.unanimous());
        boolean unanimous = flag != null && (flag.equalsIgnoreCase("true") || flag.equalsIgnoreCase("on") || flag.equals("1"));
        if (flag != null && !unanimous && !flag.equalsIgnoreCase("false") && !flag.equals("0")) {
            errors.put("unanimous", "Say true or false.");
        }
        if (votesFor == null && !unanimous && errors.isEmpty()) {
            errors.put("votesFor", "Give the votes for, or mark the vote unanimous.");
        }
        if (unanimous && votesAgainst != null && votesAgainst > 0) {
            errors.put("unanimous", "A vote with votes against is not unanimous.");
        }
        return errors.isEmpty() ? new VoteValue(chamber, votesFor, votesAgainst, abstentions, unanimous) : null;
    }

    private static Integer number(String text, String field, int limit, Map<String, String> errors) {
        String t = blankToNull(text);
        if (t == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(t.replace(",", ""));
            if (n < 0 || n > limit) {
                errors.put(field, t + " is out of range (0 to " + String.format(Locale.ENGLISH, "%,d", limit) + ").");
                return null;
            }
            return n;
        }
        catch (NumberFormatException ex) {
            errors.put(field, t + " is not a whole number.");
            return null;
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String text, String field, Map<String, String> errors) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        }
        catch (IllegalArgumentException ex) {
            errors.put(field, text + " is not one of " + java.util.Arrays.toString(type.getEnumConstants()) + ".");
            return null;
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
