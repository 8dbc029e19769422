package io.parallax.claim;

import java.sql.ResultSet;
import java.sql.SQLException;

import io.parallax.analysis.ClaimType;
import io.parallax.analysis.DatePrecision;
import io.parallax.analysis.Qualifier;

/** Reads a claim row straight into a {@link ClaimView}, for queries that read many claims at once. */
final class ClaimRows {

    static final String COLUMNS = "c.id, c.article_id, c.type, c.start_offset, c.end_offset, c.text, c.sentence, c.subject_key, "
            + "c.subject_label, c.attribution, c.attribution_person, c.date_value, c.date_precision, c.count_min, c.count_max, "
            + "c.qualifier, c.chamber, c.votes_for, c.votes_against, c.abstentions, c.unanimous";

    private ClaimRows() {
    }

    static ClaimView view(ResultSet rs) throws SQLException {
        String precision = rs.getString("date_precision");
        String qualifier = rs.getString("qualifier");
        return new ClaimView(rs.getLong("id"), rs.getLong("article_id"), ClaimType.valueOf(rs.getString("type")),
                rs.getInt("start_offset"), rs.getInt("end_offset"), rs.getString("text"), rs.getString("sentence"),
                rs.getString("subject_key"), rs.getString("subject_label"), rs.getString("attribution"),
                rs.getString("attribution_person"), rs.getString("date_value"),
                precision == null ? null : DatePrecision.valueOf(precision), (Integer) rs.getObject("count_min"),
                (Integer) rs.getObject("count_max"), qualifier == null ? null : Qualifier.valueOf(qualifier),
                rs.getString("chamber"), (Integer) rs.getObject("votes_for"), (Integer) rs.getObject("votes_against"),
                (Integer) rs.getObject("abstentions"), (Boolean) rs.getObject("unanimous"));
    }
}
