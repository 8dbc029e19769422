package io.parallax.article;

import java.util.Map;

/** A part of an article's page that another feature owns: it adds what its section of the template shows. */
public interface ArticlePageSection {

    void addTo(ArticleView article, Map<String, Object> model);
}
