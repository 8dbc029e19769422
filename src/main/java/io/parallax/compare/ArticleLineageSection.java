package io.parallax.compare;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.parallax.article.ArticlePageSection;
import io.parallax.article.ArticleView;

/** The article page's lineage box: the story this article copies or rewrites, and the articles that copy it. */
@Component
class ArticleLineageSection implements ArticlePageSection {

    /** One end of a lineage link as the page names it: "AP’s story of 6 Nov". */
    public record Relative(long id, String title, String source, LocalDate publishedOn, Lineage.Relation relation,
            double similarity) {

        public String story() {
            return source + "’s story of " + Numbers.shortDay(publishedOn);
        }

        /** "94% identical" for a copy; a rewrite shares fewer of its word pairs, and says so. */
        public String likeness() {
            int percent = (int) Math.round(similarity * 100);
            return relation == Lineage.Relation.COPY ? percent + "% identical" : percent + "% of word pairs shared";
        }

        public boolean copy() {
            return relation == Lineage.Relation.COPY;
        }
    }

    /** The original this article copies or rewrites (null when none), and its own copies. */
    public record ArticleLineage(Relative original, List<Relative> copies) {
    }

    private final JdbcClient jdbc;

    ArticleLineageSection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public void addTo(ArticleView article, Map<String, Object> model) {
        String columns = """
                select a.id, a.title, a.published_on, a.wire, o.name, o.kind = 'WIRE_AGENCY' as agency, l.relation, l.similarity
                from article_lineage l join article a on a.id = %s join outlet o on o.id = a.outlet_id where %s""";
        Relative original = jdbc.sql(columns.formatted("l.original_id", "l.article_id = :id and l.original_id is not null"))
                .param("id", article.id()).query((rs, n) -> relative(rs)).optional().orElse(null);
        List<Relative> copies = jdbc.sql(columns.formatted("l.article_id", "l.original_id = :id") + " order by l.similarity desc, a.id")
                .param("id", article.id()).query((rs, n) -> relative(rs)).list();
        model.put("lineage", new ArticleLineage(original, copies));
    }

    private static Relative relative(java.sql.ResultSet rs) throws java.sql.SQLException {
        String wire = rs.getString("wire");
        String outlet = rs.getString("name");
        String source = wire != null && !wire.isBlank() ? Wires.name(wire) : rs.getBoolean("agency") ? Wires.name(outlet) : outlet;
        return new Relative(rs.getLong("id"), rs.getString("title"), source, rs.getObject("published_on", LocalDate.class),
                Lineage.Relation.valueOf(rs.getString("relation")), rs.getDouble("similarity"));
    }
}
