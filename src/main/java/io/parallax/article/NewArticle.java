package io.parallax.article;

/** Everything needed to store a new article, once its outlet and story are known. */
public record NewArticle(long outletId, long storyId, Text text, Publication publication, String url, String publishedVia,
        String byline, String language, String wire, String contentHash) {

    /** Paragraphs of the cleaned body are separated by one blank line. */
    public static final String PARAGRAPH_SEPARATOR = "\n\n";

    /** The text as stored, with what import cleaning did to it. */
    public record Text(String title, boolean titleDerived, String body, String rawText, String dateline) {
    }

    public NewArticle withStory(long story) {
        return new NewArticle(outletId, story, text, publication, url, publishedVia, byline, language, wire, contentHash);
    }
}
