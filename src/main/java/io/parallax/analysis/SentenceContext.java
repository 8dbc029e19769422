package io.parallax.analysis;

import java.time.LocalDate;

/**
 * One sentence as the extractors read it: the article around it, its position, the cue words and clauses found once
 * for all rules, the article's matchers, the publication date that anchors relative dates, and what has been read of
 * the article so far. Lives inside one call.
 */
record SentenceContext(ArticleContext article, int index, Sentence sentence, Triggers.Found cues, Clauses clauses,
        Matchers matchers, LocalDate published, Reading reading) {

    String body() {
        return article.body();
    }

    /** A claim at [start, end) of the body, in this sentence. */
    Claim claim(int start, int end, Subject subject, Attribution attribution, ClaimValue value) {
        Span span = new Span(start, end);
        return new Claim(span, span.of(article.body()), sentence.text(), subject, attribution, value);
    }
}
