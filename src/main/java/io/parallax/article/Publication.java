package io.parallax.article;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** When an article was published, and whether the date was given or inferred from its text. */
public record Publication(LocalDate date, OffsetDateTime instant, boolean inferred) {

    public static final Publication UNKNOWN = new Publication(null, null, false);
}
