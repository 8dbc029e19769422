package io.parallax.article;

import java.time.Instant;
import java.time.LocalDate;

/** An article with its outlet and story resolved, safe to render after the transaction has ended. */
public record ArticleView(long id, String title, boolean titleDerived, String outletName, String outletSlug, String outletKind,
        String url, String publishedVia, String byline, LocalDate publishedOn, boolean publishedOnInferred, String dateline,
        String wire, String language, String storyName, String storySlug, String body, String rawText, Instant importedAt) {

    public static ArticleView of(Article a) {
        return new ArticleView(a.getId(), a.getTitle(), a.isTitleDerived(), a.getOutlet().getName(), a.getOutlet().getSlug(),
                a.getOutlet().getKind().label(), a.getUrl(), a.getPublishedVia(), a.getByline(), a.getPublishedOn(),
                a.isPublishedOnInferred(), a.getDateline(), a.getWire(), a.getLanguage(), a.getStory().getName(),
                a.getStory().getSlug(), a.getBody(), a.getRawText(), a.getImportedAt());
    }


    /** Short lines without closing punctuation are the article's own section headings. */
    public static boolean isHeading(String paragraph) {
        String p = paragraph.strip();
        return p.split("\\s+").length <= 7 && !p.matches(".*[.!?:;,\"”]$");
    }
}
