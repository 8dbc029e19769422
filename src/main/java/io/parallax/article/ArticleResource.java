package io.parallax.article;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An article in the JSON API. {@code duplicate} is present only in answers to an import. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleResource(long id, Outlet outlet, String story, String url, String publishedVia, String title,
        boolean titleDerived, String byline, LocalDate publishedAt, OffsetDateTime publishedAtInstant,
        boolean publishedAtInferred, String dateline, String wire, String language, String body, Instant importedAt,
        Boolean duplicate) {

    public record Outlet(String name, String slug, String kind) {
    }

    public static ArticleResource of(ArticleView a, Boolean duplicate) {
        return new ArticleResource(a.id(), new Outlet(a.outletName(), a.outletSlug(),
                io.parallax.outlet.OutletKind.parse(a.outletKind()).name()), a.storyName(), a.url(), a.publishedVia(), a.title(),
                a.titleDerived(), a.byline(), a.publishedOn(), a.publishedAt(), a.publishedOnInferred(),
                a.dateline(), a.wire(), a.language(), a.body(), a.importedAt(), duplicate);
    }
}
