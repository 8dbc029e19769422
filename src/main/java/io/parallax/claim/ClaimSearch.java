package io.parallax.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import io.parallax.article.ArticleSearch;

/** Claims across articles, filtered by type, subject, outlet and publication date, in two queries. */
@Repository
class ClaimSearch {

    private final JdbcClient jdbc;
    private final ArticleSearch articles;

    ClaimSearch(JdbcClient jdbc, ArticleSearch articles) {
        this.jdbc = jdbc;
        this.articles = articles;
    }

    record Row(ClaimView claim, String outletName, String outletSlug, LocalDate publishedOn) {
    }

    record Page(List<Row> items, int page, int size, long total) {
    }

    @Transactional(readOnly = true)
    Page find(ClaimFilter.Criteria criteria) {
        Map<String, Object> params = new HashMap<>();
        List<String> where = new ArrayList<>();
        if (criteria.type() != null) {
            where.add("c.type = :type");
            params.put("type", criteria.type().name());
        }
        if (criteria.subject() != null) {
            where.add("c.subject_key = :subject");
            params.put("subject", criteria.subject());
        }
        var a = criteria.articles();
        if (!a.outlets().isEmpty()) {
            where.add("a.outlet_id in (:outletIds)");
            params.put("outletIds", articles.outletIds(a.outlets()));
        }
        if (a.from() != null) {
            where.add("a.published_on >= :from");
            params.put("from", a.from());
        }
        if (a.to() != null) {
            where.add("a.published_on <= :to");
            params.put("to", a.to());
        }
        String from = " from claim c join article a on a.id = c.article_id join outlet o on o.id = a.outlet_id"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        long total = jdbc.sql("select count(*)" + from).params(params).query(Long.class).single();
        params.put("limit", a.size());
        params.put("offset", a.offset());
        List<Row> rows = jdbc.sql("select " + ClaimRows.COLUMNS + ", o.name as outlet_name, o.slug as outlet_slug, a.published_on" + from
                        + " order by a.published_on desc nulls last, c.article_id desc, c.start_offset limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> new Row(ClaimRows.view(rs), rs.getString("outlet_name"), rs.getString("outlet_slug"),
                        rs.getObject("published_on", LocalDate.class)))
                .list();
        return new Page(rows, a.page(), a.size(), total);
    }
}
