package io.parallax.claim;

import java.util.List;

/**
 * Published inside the transaction that has just stored articles' claims afresh from the engine, so that features
 * holding decisions about those claims (editors' corrections) can apply them before anyone reads the claims.
 */
public record ClaimsExtracted(List<Long> articleIds) {

    public ClaimsExtracted(long articleId) {
        this(List.of(articleId));
    }
}
