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

    /** One page of an article's claims in text order; {@link #countForArticles} gives how many there are. */
    @Transactional(readOnly = true)
    public List<ClaimView> forArticle(long articleId, long offset, int limit) {
        return forArticles(List.of(articleId), offset, limit);
    }

    /** One page of the claims of many articles, in article and text order. */
    @Transactional(readOnly = true)
    public List<ClaimView> forArticles(Collection<Long> articleIds, long offset, int limit) {
        if (articleIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + ClaimRows.COLUMNS + " from claim c where c.article_id = any(:ids)"
                        + " order by c.article_id, c.start_offset, c.id offset :offset limit :limit")
                .param("ids", articleIds.toArray(Long[]::new)).param("offset", offset).param("limit", limit)
                .query((rs, n) -> ClaimRows.view(rs)).list();
    }

    @Transactional(readOnly = true)
    public long countForArticles(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from claim where article_id = any(:ids)").param("ids", articleIds.toArray(Long[]::new))
                .query(Long.class).single();
    }

    /** The claims of many articles in one query, in article and text order. */
    @Transactional(readOnly = true)
    public List<ClaimView> forArticles(Collection<Long> articleIds) {
        return forArticles(articleIds, true);
    }

    /**
     * The claims of many articles in one query; without their sentences when {@code withSentences} is false, for views
     * that show only a few of them (see {@link #sentences(Collection)}).
     */
    @Transactional(readOnly = true)
    public List<ClaimView> forArticles(Collection<Long> articleIds, boolean withSentences) {
        if (articleIds.isEmpty()) {
            return List.of();
        }
        String columns = withSentences ? ClaimRows.COLUMNS : ClaimRows.COLUMNS.replace("c.sentence", "null as sentence");
        return jdbc.sql("select " + columns + " from claim c where c.article_id = any(:ids) order by c.article_id, c.start_offset")
                .param("ids", articleIds.toArray(Long[]::new))
                .query((rs, n) -> ClaimRows.view(rs)).list();
    }

    /** Changes whenever an article is imported or its claims are extracted again: a key for caches of derived views. */
    @Transactional(readOnly = true)
    public String version() {
        // Both halves are index look-ups, not counts: this is read on every matrix request, whatever the archive's size.
        return jdbc.sql("select (select coalesce(max(id), 0) from article) || ':' || coalesce((select max(extracted_at) from claim_extraction)::text, '')")
                .query(String.class).single();
    }

    /** The sentences of the given claims, by claim id. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> sentences(Collection<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Long, String> sentences = new java.util.HashMap<>();
        jdbc.sql("select id, sentence from claim where id = any(:ids)").param("ids", claimIds.toArray(Long[]::new))
                .query(rs -> {
                    sentences.put(rs.getLong("id"), rs.getString("sentence"));
                });
        return sentences;
    }
}
