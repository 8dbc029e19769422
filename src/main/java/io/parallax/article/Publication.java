package io.parallax.article;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** When an article was published, and whether the date was given or inferred (and then, when known, why). */
public record Publication(LocalDate date, OffsetDateTime instant, boolean inferred, String reason) {

    public static final Publication UNKNOWN = new Publication(null, null, false, null);

    public Publication(LocalDate date, OffsetDateTime instant, boolean inferred) {
        this(date, instant, inferred, null);
    }
}
