package io.parallax.compare;

import java.time.LocalDate;
import java.util.List;

import io.parallax.analysis.ClaimType;
import io.parallax.claim.ClaimView;

/** The claim matrix: one row per fact of the story, one column per outlet, and a verdict per row. */
public record Matrix(List<Column> columns, List<Row> rows, int articleCount) {

    /** An outlet and its articles in the comparison, newest first. */
    public record Column(String outlet, String slug, List<ArticleRef> articles) {
    }

    public record ArticleRef(long id, String title, String outlet, String outletSlug, LocalDate publishedOn,
            boolean publishedOnInferred, String wire) {
    }

    /** One fact: its question, what each outlet says, whether they agree, and why not. */
    public record Row(String subject, String label, String question, ClaimType type, String consensus,
            boolean disagreement, String explanation, List<Cell> cells, List<Group> groups) {

        public long reportingOutlets() {
            return cells.stream().filter(c -> !c.entries().isEmpty()).count();
        }
    }

    /** What one outlet says about a row's fact; empty entries mean the outlet did not report it. */
    public record Cell(String outlet, String slug, List<Entry> entries) {
    }

    /** One claim in a cell, with the article it comes from and whether it sides with the consensus. */
    public record Entry(ArticleRef article, ClaimView claim, boolean dissenting) {
    }

    /** Claims that can all be true together, and the outlets, dates and sources behind them. */
    public record Group(String value, List<Entry> entries, List<String> outlets, List<String> sources, LocalDate firstPublished,
            LocalDate lastPublished) {
    }
}
