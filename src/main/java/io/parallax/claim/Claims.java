package io.parallax.claim;

import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading stored claims, for the article page, the API and the comparison. */
@Service
public class Claims {

    private final StoredClaimRepository claims;

    Claims(StoredClaimRepository claims) {
        this.claims = claims;
    }

    @Transactional(readOnly = true)
    public List<ClaimView> forArticle(long articleId) {
        return claims.findByArticleIdOrderByStart(articleId).stream().map(StoredClaim::toView).toList();
    }

    @Transactional(readOnly = true)
    public List<ClaimView> forArticles(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return List.of();
        }
        return claims.findByArticleIds(articleIds).stream().map(StoredClaim::toView).toList();
    }
}
