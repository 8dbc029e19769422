package io.parallax.article;

/** Published inside the transaction that stored a new article, so that derived data is stored with it or not at all. */
public record ArticleImported(ArticleView article) {
}
