package io.parallax.claim;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading stored claims, for the article page, the API and the comparison. */
@Service
public class Claims {

    private final StoredClaimRepository claims;
    private final JdbcClient jdbc;

    Claims(StoredClaimRepository claims, JdbcClient jdbc) {
        this.claims = claims;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<ClaimView> forArticle(long articleId) {
        return claims.findByArticleIdOrderByStart(articleId).stream().map(StoredClaim::toView).toList();
    }

    /** The claims of many articles in one query, in article and text order. */
    @Transactional(readOnly = true)
    public List<ClaimView> forArticles(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + ClaimRows.COLUMNS + " from claim c where c.article_id = any(:ids) order by c.article_id, c.start_offset")
                .param("ids", articleIds.toArray(Long[]::new))
                .query((rs, n) -> ClaimRows.view(rs)).list();
    }
}
