package io.parallax.claim;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.parallax.analysis.ClaimType;
import io.parallax.analysis.DatePrecision;
import io.parallax.analysis.Qualifier;

/** A stored claim with its normalised value, and the value said the way a reader would say it. */
public record ClaimView(long id, long articleId, ClaimType type, int start, int end, String text, String sentence,
        String subjectKey, String subjectLabel, String attribution, String attributionPerson, String date,
        DatePrecision precision, Integer min, Integer max, Qualifier qualifier, String chamber, Integer votesFor,
        Integer votesAgainst, Integer abstentions, Boolean unanimous) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    /** "24 Oct 2024", "up to 10,000", "State Duma: 397–0 (unanimous)". */
    public String valueLabel() {
        return switch (type) {
            case DATE -> dateLabel();
            case TROOP_COUNT -> countLabel();
            case VOTE -> voteLabel();
        };
    }

    public String typeLabel() {
        return switch (type) {
            case DATE -> "Date";
            case TROOP_COUNT -> "Troop count";
            case VOTE -> "Vote";
        };
    }

    /** The CSS class that colours this claim type. */
    public String cssClass() {
        return "claim-" + type.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String attributionLabel() {
        if (attribution == null) {
            return null;
        }
        return attributionPerson == null ? attribution : attribution + " (" + attributionPerson + ")";
    }

    private String dateLabel() {
        if (date == null || precision == null) {
            return "?";
        }
        return switch (precision) {
            case DAY -> LocalDate.parse(date).format(DAY);
            case MONTH -> YearMonth.parse(date).format(MONTH);
            case YEAR -> date;
        };
    }

    private String countLabel() {
        NumberFormat numbers = NumberFormat.getIntegerInstance(Locale.ENGLISH);
        if (qualifier == null) {
            return "?";
        }
        return switch (qualifier) {
            case EXACT -> numbers.format(min);
            case APPROXIMATE -> "about " + numbers.format(min);
            case AT_MOST -> "up to " + numbers.format(max);
            case AT_LEAST -> "at least " + numbers.format(min);
            case RANGE -> numbers.format(min) + "–" + numbers.format(max);
            case VAGUE -> min == null ? "an unstated number" : "more than " + numbers.format(min) + " (vague)";
        };
    }

    private String voteLabel() {
        StringBuilder label = new StringBuilder(chamber == null ? "Unknown chamber" : chamber);
        if (votesFor != null) {
            label.append(": ").append(votesFor).append('–').append(votesAgainst == null ? "?" : votesAgainst);
            if (abstentions != null) {
                label.append(", ").append(abstentions).append(" abstaining");
            }
        }
        if (Boolean.TRUE.equals(unanimous)) {
            label.append(votesFor == null ? ": unanimous" : " (unanimous)");
        }
        return label.toString();
    }
}
