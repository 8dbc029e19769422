package io.parallax.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.parallax.outlet.OutletKind;

/** The archive's public face: finds stored articles as views and stores new ones, announcing each to the features that derive data from it. */
@Service
public class Articles {

    private static final String VIEW = """
            select a.id, a.title, a.title_derived, o.name as outlet_name, o.slug as outlet_slug, o.kind as outlet_kind, a.url,
                   a.published_via, a.byline, a.published_on, a.published_on_inferred, a.dateline, a.wire, a.language,
                   s.name as story_name, s.slug as story_slug, a.body, a.raw_text, a.imported_at, a.published_at,
                   a.published_on_reason
            from article a join outlet o on o.id = a.outlet_id join story s on s.id = a.story_id
            """;

    private final ArticleRepository articles;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;

    private static final int[] BATCH_TYPES = {java.sql.Types.BIGINT, java.sql.Types.BIGINT, java.sql.Types.BIGINT,
            java.sql.Types.VARCHAR, java.sql.Types.VARCHAR, java.sql.Types.VARCHAR, java.sql.Types.BOOLEAN,
            java.sql.Types.VARCHAR, java.sql.Types.DATE, java.sql.Types.TIMESTAMP_WITH_TIMEZONE, java.sql.Types.BOOLEAN,
            java.sql.Types.VARCHAR, java.sql.Types.VARCHAR, java.sql.Types.VARCHAR, java.sql.Types.VARCHAR,
            java.sql.Types.VARCHAR, java.sql.Types.VARCHAR, java.sql.Types.VARCHAR, java.sql.Types.TIMESTAMP};

    Articles(ArticleRepository articles, JdbcClient jdbc, ApplicationEventPublisher events,
            org.springframework.jdbc.core.JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
        this.articles = articles;
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Optional<ArticleView> find(long id) {
        return jdbc.sql(VIEW + " where a.id = :id").param("id", id).query(Articles::view).optional();
    }

    @Transactional(readOnly = true)
    public boolean exists(long id) {
        return jdbc.sql("select exists (select 1 from article where id = :id)").param("id", id).query(Boolean.class).single();
    }

    /** The article already stored with this address or this text, if any. */
    @Transactional(readOnly = true)
    public Optional<ArticleView> findDuplicate(String url, String contentHash) {
        return (url == null ? Optional.<Article>empty() : articles.findByUrl(url))
                .or(() -> articles.findByContentHash(contentHash))
                .flatMap(a -> find(a.getId()));
    }

    /** Stores a new article and announces it in the same transaction, so its claims are stored with it or not at all. */
    @Transactional
    public ArticleView add(NewArticle article) {
        Article stored = articles.saveAndFlush(new Article(article));
        ArticleView view = find(stored.getId()).orElseThrow();
        events.publishEvent(new ArticleImported(view));
        return view;
    }

    /**
     * Stores many new articles with JDBC batches inside the caller's transaction and returns their ids in order. No
     * event is published: bulk imports store the claims they extracted in parallel themselves.
     */
    @Transactional
    public List<Long> addBatch(List<NewArticle> batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        List<Long> ids = jdbc.sql("select nextval(pg_get_serial_sequence('article', 'id')) from generate_series(1, :n)")
                .param("n", batch.size()).query(Long.class).list();
        Timestamp now = Timestamp.from(java.time.Instant.now());
        List<Object[]> rows = new java.util.ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            NewArticle a = batch.get(i);
            rows.add(new Object[] {ids.get(i), a.outletId(), a.storyId(), a.url(), a.publishedVia(), a.text().title(),
                    a.text().titleDerived(), a.byline(), a.publication().date(), a.publication().instant(),
                    a.publication().inferred(), a.publication().reason(), a.text().dateline(), a.text().body(),
                    a.text().rawText(), a.language(), a.wire(), a.contentHash(), now});
        }
        jdbcTemplate.batchUpdate("""
                insert into article (id, outlet_id, story_id, url, published_via, title, title_derived, byline, published_on,
                  published_at, published_on_inferred, published_on_reason, dateline, body, raw_text, language, wire,
                  content_hash, imported_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, BATCH_TYPES);
        return ids;
    }

    /** The stored article for each of these addresses and body hashes, as (url or hash) to id. */
    @Transactional(readOnly = true)
    public java.util.Map<String, Long> findExisting(java.util.Collection<String> urls, java.util.Collection<String> contentHashes) {
        java.util.Map<String, Long> found = new java.util.HashMap<>();
        if (urls.isEmpty() && contentHashes.isEmpty()) {
            return found;
        }
        jdbc.sql("select id, url, content_hash from article where url = any(:urls) or content_hash = any(:hashes)")
                .param("urls", urls.toArray(String[]::new)).param("hashes", contentHashes.toArray(String[]::new))
                .query(rs -> {
                    if (rs.getString("url") != null) {
                        found.put(rs.getString("url"), rs.getLong("id"));
                    }
                    found.put(rs.getString("content_hash"), rs.getLong("id"));
                });
        return found;
    }

    /** Every article's id, in order: for work that walks the whole archive in the background. */
    @Transactional(readOnly = true)
    public List<Long> allIds() {
        return jdbc.sql("select id from article order by id").query(Long.class).list();
    }

    /** Moves articles to another story; returns how many moved. */
    @Transactional
    public int moveToStory(java.util.Collection<Long> articleIds, long storyId) {
        if (articleIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("update article set story_id = :story where id = any(:ids) and story_id <> :story")
                .param("story", storyId).param("ids", articleIds.toArray(Long[]::new)).update();
    }

    private static ArticleView view(ResultSet rs, int n) throws SQLException {
        Timestamp imported = rs.getTimestamp("imported_at");
        return new ArticleView(rs.getLong("id"), rs.getString("title"), rs.getBoolean("title_derived"),
                rs.getString("outlet_name"), rs.getString("outlet_slug"), OutletKind.valueOf(rs.getString("outlet_kind")).label(),
                rs.getString("url"), rs.getString("published_via"), rs.getString("byline"),
                rs.getObject("published_on", LocalDate.class), rs.getBoolean("published_on_inferred"), rs.getString("dateline"),
                rs.getString("wire"), rs.getString("language"), rs.getString("story_name"), rs.getString("story_slug"),
                rs.getString("body"), rs.getString("raw_text"), imported == null ? null : imported.toInstant(),
                rs.getObject("published_at", java.time.OffsetDateTime.class), rs.getString("published_on_reason"));
    }
}
