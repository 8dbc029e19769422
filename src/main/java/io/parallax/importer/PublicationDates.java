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
                return Optional.of(new Publication(LocalDate.parse(value), null, inferred));
            }
            // The day the outlet published is the day at the outlet's own offset, not in UTC.
            OffsetDateTime instant = OffsetDateTime.parse(value);
            return Optional.of(new Publication(instant.toLocalDate(), instant, inferred));
        }
        catch (DateTimeParseException ex) {
            return Optional.empty();
        }
    }
}
