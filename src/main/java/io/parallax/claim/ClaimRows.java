package io.parallax.claim;

import java.sql.ResultSet;
import java.sql.SQLException;

import io.parallax.analysis.ClaimType;

/** Reads a claim row straight into a {@link ClaimView}, for queries that read many claims at once. */
final class ClaimRows {

    static final String COLUMNS = "c.id, c.article_id, c.type, c.start_offset, c.end_offset, c.text, c.sentence, c.subject_key, "
            + "c.subject_label, c.attribution, c.attribution_person, c.source_key, c.value";

    private ClaimRows() {
    }

    static ClaimView view(ResultSet rs) throws SQLException {
        return new ClaimView(rs.getLong("id"), rs.getLong("article_id"), rs.getInt("start_offset"), rs.getInt("end_offset"),
                rs.getString("text"), rs.getString("sentence"), rs.getString("subject_key"), rs.getString("subject_label"),
                rs.getString("attribution"), rs.getString("attribution_person"), rs.getString("source_key"),
                ClaimValueJson.read(ClaimType.valueOf(rs.getString("type")), rs.getString("value")));
    }
}
