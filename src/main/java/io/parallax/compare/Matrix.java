package io.parallax.compare;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.parallax.claim.ClaimView;

/**
 * The claim matrix: one row per fact of the story, one column per outlet, and a verdict per row reached over every
 * outlet, with wire copies counted once.
 */
public record Matrix(List<Column> columns, List<Row> rows, int articleCount, int outletCount) {

    /** The same matrix showing only the given outlets' columns; rows keep their verdicts, and rows left empty go. */
    public Matrix showing(Collection<String> slugs) {
        Set<String> kept = Set.copyOf(slugs);
        List<Row> shown = rows.stream().map(r -> r.withCells(r.cells().stream().filter(c -> kept.contains(c.slug())).toList()))
                .filter(r -> r.cells().stream().anyMatch(c -> !c.entries().isEmpty()))
                .toList();
        return new Matrix(columns.stream().filter(c -> kept.contains(c.slug())).toList(), shown, articleCount, outletCount);
    }

    /**
     * The {@code max} outlets a reader should see first: one outlet per independent source (the one that covers the most
     * facts), then the sources covering the most facts; not the outlets with the most articles.
     */
    public List<String> mainSources(int max) {
        Map<String, Long> covered = columns.stream().collect(Collectors.toMap(Column::slug,
                c -> rows.stream().filter(r -> r.cells().stream().anyMatch(x -> x.slug().equals(c.slug()) && !x.entries().isEmpty())).count()));
        Map<String, Column> bySource = new LinkedHashMap<>();
        columns.stream().sorted(Comparator.comparing((Column c) -> covered.get(c.slug())).reversed()
                        .thenComparing(c -> !c.isAgency()))
                .forEach(c -> bySource.putIfAbsent(c.sourceKey(), c));
        return bySource.values().stream().filter(c -> covered.get(c.slug()) > 0)
                .sorted(Comparator.comparing((Column c) -> covered.get(c.slug())).reversed())
                .limit(max).map(Column::slug).toList();
    }

    /** How many facts each verdict has. */
    public long count(Verdict verdict) {
        return rows.stream().filter(r -> r.verdict() == verdict).count();
    }

    /** The rows whose sources genuinely disagree, for the summary. */
    public List<Row> differing() {
        return rows.stream().filter(r -> r.verdict().differs()).toList();
    }

    /** An outlet and its articles in the comparison, with the independent source they count as. */
    public record Column(String outlet, String slug, List<ArticleRef> articles) {

        public String sourceKey() {
            return articles.get(0).sourceKey();
        }

        /** True when the outlet's articles are the agency's own, not another outlet's copies. */
        boolean isAgency() {
            return articles.stream().allMatch(a -> a.lineage() == null);
        }

        public String articleCount() {
            return Numbers.count(articles.size(), "article", "articles");
        }
    }

    /**
     * An article in the comparison. {@code sourceKey} names the independent source it counts as: the wire agency whose
     * story it is or copies, else its own outlet; {@code lineage} the article it copies or rewrites, if any.
     */
    public record ArticleRef(long id, String title, String outlet, String outletSlug, LocalDate publishedOn,
            boolean publishedOnInferred, String wire, String sourceKey, String sourceName, Lineage.Link lineage) {
    }

    /** One fact: its question, what each outlet says, the verdict, and why. */
    public record Row(String subject, String label, String question, io.parallax.analysis.ClaimType type, String consensus,
            Verdict verdict, String reason, List<String> reasoning, String change, int sources, List<Cell> cells,
            List<Group> groups) {

        /** True under the two verdicts where sources really disagree. */
        public boolean disagreement() {
            return verdict.differs();
        }

        /** The reason and the full reasoning in one text, for the CSV and JSON. */
        public String explanation() {
            return reasoning.isEmpty() ? reason : reason + " " + String.join(" ", reasoning);
        }

        /** A stable anchor for links to this row: its claim type and subject. */
        public String anchor() {
            return "fact-" + (type.name() + "-" + subject).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        }

        public String sourceCount() {
            return Numbers.count(sources, "independent source", "independent sources");
        }

        public long reportingOutlets() {
            return cells.stream().filter(c -> !c.entries().isEmpty()).count();
        }

        Row withCells(List<Cell> shown) {
            return new Row(subject, label, question, type, consensus, verdict, reason, reasoning, change, sources, shown, groups);
        }
    }

    /** What one outlet says about a row's fact; empty entries mean the outlet did not report it. */
    public record Cell(String outlet, String slug, List<Entry> entries) {

        /** The distinct values the outlet gives, each with an example and how many claims give it. */
        public List<Value> values() {
            Map<String, Value> values = new LinkedHashMap<>();
            for (Entry e : entries) {
                values.merge(e.claim().valueLabel() + "|" + e.claim().attributionLabel(), new Value(e, 1),
                        (a, b) -> new Value(a.example(), a.count() + 1));
            }
            return List.copyOf(values.values());
        }
    }

    /** One value in a cell: the claim that gives it, and how many of the outlet's claims do. */
    public record Value(Entry example, int count) {

        /** "published 24 Oct 2024 (inferred), in 3 claims": said once here so the page need not work it out. */
        public String published() {
            ArticleRef a = example.article();
            String when = a.publishedOn() == null ? "undated" : "published " + Numbers.day(a.publishedOn());
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
            return "/articles/" + example.article().id() + "?claim=" + example.claim().id() + "#claim-" + example.claim().id();
        }
    }

    /** One claim in a cell, with the article it comes from and whether it is marked as differing from the consensus. */
    public record Entry(ArticleRef article, ClaimView claim, boolean dissenting) {
    }

    /** Claims that can all be true together, and the outlets, independent sources, dates and cited sources behind them. */
    public record Group(String value, List<Entry> entries, List<String> outlets, List<String> sources, LocalDate firstPublished,
            LocalDate lastPublished) {

        /** The independent sources behind the group: each wire story and its copies once. */
        public List<String> independent() {
            return entries.stream().map(e -> e.article().sourceName()).distinct().toList();
        }
    }
}
