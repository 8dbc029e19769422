package io.parallax.importer;

import io.parallax.article.Article;

/** The stored article, and whether it was already there. */
public record ImportResult(Article article, boolean duplicate) {
}
