package io.parallax.analysis;

/** An article as the engine sees it: an optional headline used as context, and the cleaned body. */
public record ArticleText(String title, String body) {
}
