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

    public static ArticleResource of(Article a, Boolean duplicate) {
        return new ArticleResource(a.getId(), new Outlet(a.getOutlet().getName(), a.getOutlet().getSlug(),
                a.getOutlet().getKind().name()), a.getStory().getName(), a.getUrl(), a.getPublishedVia(), a.getTitle(),
                a.isTitleDerived(), a.getByline(), a.getPublishedOn(), a.getPublishedAt(), a.isPublishedOnInferred(),
                a.getDateline(), a.getWire(), a.getLanguage(), a.getBody(), a.getImportedAt(), duplicate);
    }
}
