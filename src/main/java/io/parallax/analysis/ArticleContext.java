package io.parallax.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Per-article facts shared by the rules while one article is processed: sentences, title and chamber mentions. */
record ArticleContext(String body, String title, List<Sentence> sentences,
                      List<Vocabulary.Mention> bodyChambers, List<Vocabulary.Mention> titleChambers,
                      List<Vocabulary.Mention> titlePlaces, Focus focus) {

    static ArticleContext of(ArticleText article, Vocabulary vocabulary) {
        String body = article.body() == null ? "" : article.body();
        String title = article.title() == null ? "" : article.title();
        return new ArticleContext(body, title, SentenceSplitter.split(body),
                vocabulary.chambers(body, 0, body.length()), vocabulary.chambers(title, 0, title.length()),
                vocabulary.places(title, 0, title.length()), new Focus());
    }

    /**
     * The country the article is most about among those with a legislature (headline mentions count three times),
     * worked out on first use; an instance lives inside one extract() call, so it needs no synchronisation.
     */
    static final class Focus {
        private boolean done;
        private String country;
        private final Map<String, Object> once = new HashMap<>();

        /**
         * A fact about the whole article that a resolver works out on first use and every later claim reuses (the
         * matter the article speaks of most, say), so that it is not recounted over the whole body for each claim.
         */
        @SuppressWarnings("unchecked")
        <T> T once(String fact, java.util.function.Supplier<T> work) {
            if (!once.containsKey(fact)) {
                once.put(fact, work.get());
            }
            return (T) once.get(fact);
        }

        String country(ArticleContext ctx, Vocabulary vocabulary) {
            if (!done) {
                done = true;
                Map<String, Integer> counts = new HashMap<>();
                for (Vocabulary.Mention p : ctx.titlePlaces()) {
                    counts.merge(p.ids().get(0), 3, Integer::sum);
                }
                for (Vocabulary.Mention p : vocabulary.places(ctx.body(), 0, ctx.body().length())) {
                    counts.merge(p.ids().get(0), 1, Integer::sum);
                }
                int best = 0;
                for (Map.Entry<String, Integer> e : counts.entrySet()) {
                    if (e.getValue() > best && !vocabulary.chambersOf(e.getKey()).isEmpty()) {
                        best = e.getValue();
                        country = e.getKey();
                    }
                }
            }
            return country;
        }
    }
}
