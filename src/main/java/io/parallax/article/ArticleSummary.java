package io.parallax.article;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An article as the list shows it; in JSON its date is {@code publishedAt}, as in the rest of the API. */
public record ArticleSummary(long id, String title, boolean titleDerived, String outletName, String outletSlug,
        @JsonProperty("publishedAt") LocalDate publishedOn, @JsonProperty("publishedAtInferred") boolean publishedOnInferred, String wire, String storyName, String excerpt) {
}
