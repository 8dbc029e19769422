package io.parallax.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.parallax.article.ArticleFilter.Criteria;
import io.parallax.system.InvalidFilterException;

/**
 * Finds articles by outlet, date range, story and full text with two queries (a page and a count), using the
 * PostgreSQL search column and the indexes made for these filters. The count stops at {@link Criteria#maxResults()} ("more than
 * 10,000 articles", 1,000 for a full-text search) and pages end there, so no list request reads more of the archive than
 * that, however large it grows.
 */
@Service
public class ArticleSearch {

    private static final int EXCERPT = 280;


    private final JdbcClient jdbc;

    ArticleSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public ArticlePage find(Criteria criteria) {
        Map<String, Object> params = new HashMap<>();
        String where = where(criteria, params);
        int cap = criteria.maxResults();
        long counted = criteria.q() == null ? count(where, params, cap) : searchCount(where, params, cap);
        params.put("limit", criteria.size());
        params.put("offset", criteria.offset());
        // Pages end at the cap: a page beyond it is empty without reading the archive that far.
        List<ArticleSummary> items = criteria.offset() >= cap ? List.of()
                : summaries(where, " limit :limit offset :offset", params);
        return new ArticlePage(items, criteria.page(), criteria.size(), Math.min(counted, cap), counted > cap);
    }

    /** A capped count: at most {@code cap + 1} index entries are read, whatever the size of the archive. */
    private long count(String where, Map<String, Object> params, int cap) {
        return jdbc.sql("select count(*) from (select 1 from article a" + where + " limit :cap) c")
                .params(params).param("cap", cap + 1).query(Long.class).single();
    }

    /**
     * A capped count of a full-text search, through the search index. Left alone, the planner reads a limited count of
     * a common word with a sequential scan that tests (and unpacks) every row's search vector, which took seconds at
     * 100,000 articles; the index's bitmap then visits at most {@code cap + 1} rows. The settings are local to this
     * read-only transaction and restored before the page query, which is planned freely.
     */
    private long searchCount(String where, Map<String, Object> params, int cap) {
        jdbc.sql("select set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true)").query().singleRow();
        try {
            return count(where, params, cap);
        }
        finally {
            jdbc.sql("select set_config('enable_seqscan', 'on', true), set_config('enable_indexscan', 'on', true)").query().singleRow();
        }
    }

    /**
     * Every article the filters match, newest first, ignoring the page, without excerpts (their bodies are not read):
     * for views that need them all at once, such as one story's matrix.
     */
    @Transactional(readOnly = true)
    public List<ArticleSummary> all(Criteria criteria) {
        Map<String, Object> params = new HashMap<>();
        params.put("excerpt", 0);
        return summaries(where(criteria, params), "", params);
    }

    /**
     * Articles to choose from beside the chosen ones: those of the chosen articles' stories (the newest {@code limit}),
     * or the archive's newest when none is chosen, and the chosen ones themselves; never the whole archive.
     */
    @Transactional(readOnly = true)
    public List<ArticleSummary> choices(java.util.Collection<Long> chosen, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("excerpt", 0);
        params.put("chosen", chosen.toArray(Long[]::new));
        params.put("limit", limit);
        List<ArticleSummary> found = new ArrayList<>(summaries(chosen.isEmpty() ? ""
                : " where a.story_id in (select c.story_id from article c where c.id = any(:chosen))", " limit :limit", params));
        Set<Long> listed = found.stream().map(ArticleSummary::id).collect(Collectors.toSet());
        if (!chosen.isEmpty() && !listed.containsAll(chosen)) {
            found.addAll(summaries(" where a.id = any(:chosen)", "", params).stream().filter(a -> !listed.contains(a.id())).toList());
        }
        return found;
    }

    private List<ArticleSummary> summaries(String where, String limit, Map<String, Object> params) {
        return jdbc.sql("""
                select a.id, a.title, a.title_derived, o.name as outlet_name, o.slug as outlet_slug, a.published_on,
                       a.published_on_inferred, a.wire, s.name as story_name, left(a.body, :excerpt) as excerpt
                from article a join outlet o on o.id = a.outlet_id join story s on s.id = a.story_id
                """ + where + " order by a.published_on desc nulls last, a.id desc" + limit)
                .params(params).param("excerpt", params.getOrDefault("excerpt", EXCERPT + 1))
                .query((rs, n) -> new ArticleSummary(rs.getLong("id"), rs.getString("title"), rs.getBoolean("title_derived"),
                        rs.getString("outlet_name"), rs.getString("outlet_slug"),
                        rs.getObject("published_on", java.time.LocalDate.class), rs.getBoolean("published_on_inferred"),
                        rs.getString("wire"), rs.getString("story_name"), excerpt(rs.getString("excerpt"))))
                .list();
    }

    /** The stories there are articles about, by name, for the filter form. */
    @Transactional(readOnly = true)
    public List<StoryOption> stories() {
        return stories(null, Integer.MAX_VALUE - 1);
    }

    /**
     * The stories a filter form offers, by name: the {@code limit} largest (through story_size_idx, V52) and the chosen
     * one, so the form stays small however many stories the archive holds.
     */
    @Transactional(readOnly = true)
    public List<StoryOption> stories(String chosen, int limit) {
        return jdbc.sql("""
                select name, slug from (
                    (select s.name, s.slug from story s where s.article_count > 0 order by s.article_count desc, s.name limit :limit)
                    union
                    select s.name, s.slug from story s where s.slug = :chosen or lower(s.name) = lower(:chosen)) f
                order by name""").param("limit", limit).param("chosen", chosen == null ? "" : chosen.strip())
                .query((rs, n) -> new StoryOption(rs.getString("name"), rs.getString("slug"))).list();
    }

    /** The stories an outlet has articles in, those with the most of its articles first. */
    @Transactional(readOnly = true)
    public List<StoryOption> storiesOfOutlet(long outletId, int limit) {
        return jdbc.sql("""
                select s.name, s.slug from article a join story s on s.id = a.story_id where a.outlet_id = :outlet
                group by s.id order by count(*) desc, s.name limit :limit""").param("outlet", outletId).param("limit", limit)
                .query((rs, n) -> new StoryOption(rs.getString("name"), rs.getString("slug"))).list();
    }

    /** A story as the filter form offers it. */
    public record StoryOption(String name, String slug) {
    }

    /** The ids of the outlets named by slug or name; a name that matches none is an error the reader sees. */
    @Transactional(readOnly = true)
    public List<Long> outletIds(List<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        List<String> lower = keys.stream().map(k -> k.toLowerCase(Locale.ROOT)).toList();
        List<Map<String, Object>> rows = jdbc.sql("select id, slug, lower(name) as name from outlet where slug in (:keys) or lower(name) in (:keys)")
                .param("keys", lower).query().listOfRows();
        Set<String> known = rows.stream().flatMap(r -> java.util.stream.Stream.of((String) r.get("slug"), (String) r.get("name")))
                .collect(Collectors.toSet());
        List<String> unknown = keys.stream().filter(k -> !known.contains(k.toLowerCase(Locale.ROOT))).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidFilterException(Map.of("outlet", "There is no outlet called " + String.join(", ", unknown) + "."));
        }
        return rows.stream().map(r -> ((Number) r.get("id")).longValue()).toList();
    }

    private String where(Criteria criteria, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (!criteria.outlets().isEmpty()) {
            conditions.add("a.outlet_id in (:outletIds)");
            params.put("outletIds", outletIds(criteria.outlets()));
        }
        if (criteria.from() != null) {
            conditions.add("a.published_on >= :from");
            params.put("from", criteria.from());
        }
        if (criteria.to() != null) {
            conditions.add("a.published_on <= :to");
            params.put("to", criteria.to());
        }
        if (criteria.q() != null) {
            conditions.add("a.search @@ websearch_to_tsquery('english', :q)");
            params.put("q", criteria.q());
        }
        if (criteria.story() != null) {
            // The story's id first (a unique-index look-up), then the articles through (story_id, published_on).
            conditions.add("a.story_id in (select st.id from story st where st.slug = :story or lower(st.name) = lower(:story))");
            params.put("story", criteria.story());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static String excerpt(String text) {
        if (text.length() <= EXCERPT) {
            return text.replace(NewArticle.PARAGRAPH_SEPARATOR, " ");
        }
        int cut = text.lastIndexOf(' ', EXCERPT);
        return text.substring(0, cut > 0 ? cut : EXCERPT).replace(NewArticle.PARAGRAPH_SEPARATOR, " ") + "…";
    }
}
