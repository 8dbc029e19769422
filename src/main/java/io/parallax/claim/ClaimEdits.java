package io.parallax.claim;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.parallax.analysis.ClaimType;
import io.parallax.analysis.ClaimValue;

/**
 * The writes editors' corrections make to stored claims: drop one, give it another value or subject, move a whole row
 * to another subject. Every change marks the articles it touched as changed, so views cached on {@link Claims#version()}
 * are built again.
 */
@Service
public class ClaimEdits {

    private final JdbcClient jdbc;

    ClaimEdits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A row of the matrix: the claims of one type about one subject. */
    public record Row(ClaimType type, String subjectKey, String subjectLabel, long claims) {
    }

    @Transactional(readOnly = true)
    public Optional<ClaimView> claim(long id) {
        return jdbc.sql("select " + ClaimRows.COLUMNS + " from claim c where c.id = :id").param("id", id)
                .query((rs, n) -> ClaimRows.view(rs)).optional();
    }

    /** The rows of one type, by label, each with one of its labels and how many claims it has. */
    @Transactional(readOnly = true)
    public List<Row> rows(ClaimType type) {
        return jdbc.sql("""
                select subject_key, min(subject_label) as label, count(*) as n from claim
                where type = :type and subject_key is not null group by subject_key order by min(subject_label), subject_key""")
                .param("type", type.name())
                .query((rs, n) -> new Row(type, rs.getString("subject_key"), rs.getString("label"), rs.getLong("n"))).list();
    }

    @Transactional(readOnly = true)
    public Optional<Row> row(ClaimType type, String subjectKey) {
        return jdbc.sql("""
                select min(subject_label) as label, count(*) as n from claim where type = :type and subject_key = :key
                having count(*) > 0""")
                .param("type", type.name()).param("key", subjectKey)
                .query((rs, n) -> new Row(type, subjectKey, rs.getString("label"), rs.getLong("n"))).optional();
    }

    /** The articles with a claim in any of the given rows. */
    @Transactional(readOnly = true)
    public List<Long> articlesIn(ClaimType type, Collection<String> subjectKeys) {
        return jdbc.sql("select distinct article_id from claim where type = :type and subject_key = any(:keys) order by article_id")
                .param("type", type.name()).param("keys", subjectKeys.toArray(String[]::new)).query(Long.class).list();
    }

    @Transactional
    public void delete(long claimId) {
        touchArticleOf(claimId);
        jdbc.sql("delete from claim where id = :id").param("id", claimId).update();
    }

    @Transactional
    public void setValue(long claimId, ClaimValue value) {
        touchArticleOf(claimId);
        jdbc.sql("update claim set value = cast(:value as jsonb) where id = :id and type = :type")
                .param("value", ClaimValueJson.write(value)).param("id", claimId).param("type", value.type().name()).update();
    }

    @Transactional
    public void setSubject(long claimId, String key, String label) {
        touchArticleOf(claimId);
        jdbc.sql("update claim set subject_key = :key, subject_label = :label where id = :id")
                .param("key", key).param("label", label).param("id", claimId).update();
    }

    /** Moves every claim of one row into another (or the same) row under the given label; returns how many moved. */
    @Transactional
    public int moveRow(ClaimType type, String fromKey, String toKey, String label) {
        jdbc.sql("""
                update claim_extraction set extracted_at = clock_timestamp()
                where article_id in (select article_id from claim where type = :type and subject_key = :from)""")
                .param("type", type.name()).param("from", fromKey).update();
        return jdbc.sql("update claim set subject_key = :to, subject_label = :label where type = :type and subject_key = :from")
                .param("type", type.name()).param("from", fromKey).param("to", toKey).param("label", label).update();
    }

    private void touchArticleOf(long claimId) {
        jdbc.sql("""
                update claim_extraction set extracted_at = clock_timestamp()
                where article_id = (select article_id from claim where id = :id)""").param("id", claimId).update();
    }
}
