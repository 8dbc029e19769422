package io.parallax.importer;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import io.parallax.article.Publication;

/** Reads a published date given as {@code 2024-10-24} or as an ISO-8601 instant with an offset. */
public final class PublicationDates {

    private PublicationDates() {
    }

    /** Empty when the text is neither; a blank text is no date at all, which is allowed. */
    public static Optional<Publication> parse(String text, boolean inferred) {
        if (text == null || text.isBlank()) {
            return Optional.of(Publication.UNKNOWN);
        }
        String value = text.strip();
        try {
            if (value.length() <= 10) {
                LocalDate date = LocalDate.parse(value);
                return storable(date) ? Optional.of(new Publication(date, null, inferred)) : Optional.empty();
            }
            // The day the outlet published is the day at the outlet's own offset, not in UTC.
            OffsetDateTime instant = OffsetDateTime.parse(value);
            return storable(instant.toLocalDate()) ? Optional.of(new Publication(instant.toLocalDate(), instant, inferred))
                    : Optional.empty();
        }
        catch (DateTimeParseException | ArithmeticException ex) {
            return Optional.empty();
        }
    }

    /** Years 1 to 9999: what the database and the date arithmetic of the claims can hold. */
    private static boolean storable(LocalDate date) {
        return date.getYear() >= 1 && date.getYear() <= 9999;
    }
}
