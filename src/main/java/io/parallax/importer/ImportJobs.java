package io.parallax.importer;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The import jobs and their items as stored, so that an import outlives a restart and reports on every item. */
@Repository
class ImportJobs {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ImportJobs(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Stores a new job and all its items, pending, in one transaction: once this returns, nothing is lost. */
    @Transactional
    public long create(ImportOrigin origin, String label, String submittedBy, List<NewItem> items) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into import_job (origin, label, submitted_by, total) values (:origin, :label, :by, :total)")
                .param("origin", origin.name()).param("label", truncate(label, 300)).param("by", submittedBy)
                .param("total", items.size()).update(keys, "id");
        long id = keys.getKey().longValue();
        List<Object[]> rows = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            NewItem item = items.get(i);
            rows.add(new Object[] {id, i + 1, item.kind().name(), truncate(item.source(), 2048), item.payload()});
        }
        template.batchUpdate("insert into import_item (job_id, line, kind, source, payload) values (?, ?, ?, ?, ?)", rows,
                new int[] {Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR});
        return id;
    }

    /** The next pending items of a job, in line order, after {@code afterLine}. */
    List<PendingItem> pending(long jobId, int afterLine, int limit) {
        return jdbc.sql("""
                select line, kind, source, payload from import_item
                where job_id = :job and status = 'PENDING' and line > :after order by line limit :limit""")
                .param("job", jobId).param("after", afterLine).param("limit", limit)
                .query((rs, n) -> new PendingItem(rs.getInt("line"), ItemKind.valueOf(rs.getString("kind")),
                        rs.getString("source"), rs.getString("payload")))
                .list();
    }

    /** Records what became of items and adds them to the job's counts; runs inside the caller's transaction. */
    void record(long jobId, List<ItemOutcome> outcomes) {
        int n = outcomes.size();
        Integer[] lines = new Integer[n];
        String[] statuses = new String[n];
        Long[] articleIds = new Long[n];
        String[] fields = new String[n];
        String[] reasons = new String[n];
        int stored = 0;
        int duplicates = 0;
        int refused = 0;
        for (int i = 0; i < n; i++) {
            ItemOutcome o = outcomes.get(i);
            lines[i] = o.line();
            statuses[i] = o.status().name();
            articleIds[i] = o.articleId();
            fields[i] = truncate(o.field(), 100);
            reasons[i] = o.reason();
            switch (o.status()) {
                case STORED -> stored++;
                case DUPLICATE -> duplicates++;
                case REFUSED -> refused++;
                default -> throw new IllegalArgumentException("An outcome is never pending");
            }
        }
        // One statement for the whole batch rather than one update per item.
        jdbc.sql("""
                update import_item i set status = u.status, article_id = u.article_id, field = u.field, reason = u.reason
                from unnest(:lines, :statuses, :articles, :fields, :reasons) as u(line, status, article_id, field, reason)
                where i.job_id = :job and i.line = u.line""")
                .param("lines", lines).param("statuses", statuses).param("articles", articleIds).param("fields", fields)
                .param("reasons", reasons).param("job", jobId).update();
        jdbc.sql("update import_job set stored = stored + :s, duplicates = duplicates + :d, refused = refused + :r where id = :id")
                .param("s", stored).param("d", duplicates).param("r", refused).param("id", jobId).update();
    }

    void finish(long jobId) {
        jdbc.sql("update import_job set status = 'DONE', finished_at = :at where id = :id and status = 'RUNNING'")
                .param("at", Timestamp.from(Instant.now())).param("id", jobId).update();
    }

    List<Long> unfinished() {
        return jdbc.sql("select id from import_job where status = 'RUNNING' order by id").query(Long.class).list();
    }

    Optional<ImportProgress> progress(long jobId) {
        return jdbc.sql("select * from import_job where id = :id").param("id", jobId).query(ImportJobs::progressRow).optional();
    }

    List<ImportProgress> recent(int limit) {
        return jdbc.sql("select * from import_job order by created_at desc, id desc limit :limit").param("limit", limit)
                .query(ImportJobs::progressRow).list();
    }

    /** A job's items in line order, optionally only those with one status. */
    List<ImportItem> items(long jobId, ItemStatus status, int offset, int limit) {
        return jdbc.sql("""
                select i.line, i.source, i.status, i.article_id, i.field, i.reason, a.title from import_item i
                left join article a on a.id = i.article_id
                where i.job_id = :job and (cast(:status as varchar) is null or i.status = cast(:status as varchar))
                order by i.line offset :offset limit :limit""")
                .param("job", jobId).param("status", status == null ? null : status.name(), Types.VARCHAR)
                .param("offset", offset).param("limit", limit)
                .query((rs, n) -> new ImportItem(rs.getInt("line"), rs.getString("source"), rs.getString("status"),
                        (Long) rs.getObject("article_id"), rs.getString("field"), rs.getString("reason"),
                        rs.getString("title")))
                .list();
    }

    private static ImportProgress progressRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new ImportProgress(rs.getLong("id"), ImportOrigin.valueOf(rs.getString("origin")), rs.getString("label"),
                rs.getString("status"), rs.getInt("total"), rs.getInt("stored"), rs.getInt("duplicates"), rs.getInt("refused"),
                rs.getTimestamp("created_at").toInstant(), finished == null ? null : finished.toInstant());
    }

    static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    /** An article as API JSON, a web address to fetch, or a file refused on upload (the payload says why). */
    enum ItemKind { JSON, URL, REFUSED }

    enum ItemStatus { PENDING, STORED, DUPLICATE, REFUSED }

    /** An item to import: an article as API JSON, or a web address to fetch; {@code source} says where it came from. */
    record NewItem(ItemKind kind, String source, String payload) {
    }

    record PendingItem(int line, ItemKind kind, String source, String payload) {
    }

    record ItemOutcome(int line, ItemStatus status, Long articleId, String field, String reason) {
    }

}
