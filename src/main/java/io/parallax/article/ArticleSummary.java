package io.parallax.article;

import java.time.LocalDate;

/** An article as the list shows it. */
public record ArticleSummary(long id, String title, boolean titleDerived, String outletName, String outletSlug,
        LocalDate publishedOn, boolean publishedOnInferred, String wire, String storyName, String excerpt) {
}
