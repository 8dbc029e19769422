package io.parallax.analysis;

public record ArticleText(String title, String body) {}
