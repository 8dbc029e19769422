package io.parallax.article;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An article with its outlet and story resolved, safe to render after the transaction has ended. */
public record ArticleView(long id, String title, boolean titleDerived, String outletName, String outletSlug, String outletKind,
        String url, String publishedVia, String byline, LocalDate publishedOn, boolean publishedOnInferred, String dateline,
        String wire, String language, String storyName, String storySlug, String body, String rawText, Instant importedAt,
        OffsetDateTime publishedAt, String publishedOnReason) {

    /** Paragraphs of the cleaned body are separated by one blank line. */
    public static final String PARAGRAPH_SEPARATOR = NewArticle.PARAGRAPH_SEPARATOR;

    /** Short lines without closing punctuation are the article's own section headings. */
    public static boolean isHeading(String paragraph) {
        String p = paragraph.strip();
        return p.split("\\s+").length <= 7 && !p.matches(".*[.!?:;,\"”]$");
    }
}
