package io.parallax.importer;

import io.parallax.article.ArticleView;

/** The stored article, and whether it was already there. */
public record ImportResult(ArticleView article, boolean duplicate) {
}
