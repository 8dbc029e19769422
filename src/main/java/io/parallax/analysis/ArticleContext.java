package io.parallax.analysis;

import java.util.List;

/** Per-article facts shared by the rules while one article is processed: sentences, title and chamber mentions. */
record ArticleContext(String body, String title, List<Sentence> sentences,
                      List<Vocabulary.Mention> bodyChambers, List<Vocabulary.Mention> titleChambers,
                      List<Vocabulary.Mention> titlePlaces) {

    static ArticleContext of(ArticleText article, Vocabulary vocabulary) {
        String body = article.body() == null ? "" : article.body();
        String title = article.title() == null ? "" : article.title();
        return new ArticleContext(body, title, SentenceSplitter.split(body),
                vocabulary.chambers(body, 0, body.length()), vocabulary.chambers(title, 0, title.length()),
                vocabulary.places(title, 0, title.length()));
    }
}
