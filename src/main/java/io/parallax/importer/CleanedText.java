package io.parallax.importer;

import java.time.LocalDate;
import java.util.List;

/**
 * What import cleaning made of a text: the headline if the text carried one, the body paragraphs a reader should see,
 * and the metadata the text gave away (a leading date line, a dateline, a wire credit).
 */
public record CleanedText(String headline, List<String> paragraphs, List<String> removed, LocalDate statedDate,
        String dateline, String wire) {

    public String body() {
        return String.join(io.parallax.article.NewArticle.PARAGRAPH_SEPARATOR, paragraphs);
    }
}
