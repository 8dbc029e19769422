package io.parallax.compare;

import java.time.LocalDate;
import java.util.List;

import io.parallax.analysis.ClaimType;
import io.parallax.claim.ClaimView;

/** The claim matrix: one row per fact of the story, one column per outlet, and a verdict per row. */
public record Matrix(List<Column> columns, List<Row> rows, int articleCount) {

    /**
     * The same matrix showing only the {@code max} outlets with the most articles, in their order; rows keep their
     * verdicts, which were reached over every outlet.
     */
    public Matrix limitedTo(int max) {
        if (columns.size() <= max) {
            return this;
        }
        java.util.Set<String> kept = columns.stream()
                .sorted(java.util.Comparator.comparingInt((Column c) -> c.articles().size()).reversed())
                .limit(max).map(Column::slug).collect(java.util.stream.Collectors.toSet());
        List<Row> limitedRows = rows.stream().map(r -> new Row(r.subject(), r.label(), r.question(), r.type(), r.consensus(),
                r.disagreement(), r.explanation(), r.cells().stream().filter(c -> kept.contains(c.slug())).toList(), r.groups()))
                .toList();
        return new Matrix(columns.stream().filter(c -> kept.contains(c.slug())).toList(), limitedRows, articleCount);
    }

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

        /** The distinct values the outlet gives, newest first, each with an example and how many claims give it. */
        public List<Value> values() {
            java.util.Map<String, Value> values = new java.util.LinkedHashMap<>();
            for (Entry e : entries) {
                values.merge(e.claim().valueLabel() + "|" + e.claim().attributionLabel(), new Value(e, 1),
                        (a, b) -> new Value(a.example(), a.count() + 1));
            }
            return List.copyOf(values.values());
        }
    }

    /** One value in a cell: the newest claim that gives it, and how many of the outlet's claims do. */
    public record Value(Entry example, int count) {

        private static final java.time.format.DateTimeFormatter DAY =
                java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH);

        /** "published 24 Oct 2024 (inferred), in 3 claims": said once here so the page need not work it out. */
        public String published() {
            ArticleRef a = example.article();
            String when = a.publishedOn() == null ? "undated" : "published " + a.publishedOn().format(DAY);
            return when + (a.publishedOnInferred() ? " (inferred)" : "") + (count > 1 ? ", in " + count + " claims" : "");
        }

        public String source() {
            String source = example.claim().attributionLabel();
            return source == null ? "no source given" : "per " + source;
        }

        public String quoted() {
            return "“" + example.claim().text() + "”";
        }

        public String link() {
            return "/articles/" + example.article().id() + "#claim-" + example.claim().id();
        }
    }

    /** One claim in a cell, with the article it comes from and whether it sides with the consensus. */
    public record Entry(ArticleRef article, ClaimView claim, boolean dissenting) {
    }

    /** Claims that can all be true together, and the outlets, dates and sources behind them. */
    public record Group(String value, List<Entry> entries, List<String> outlets, List<String> sources, LocalDate firstPublished,
            LocalDate lastPublished) {
    }
}
