package io.parallax.compare;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import io.parallax.analysis.ClaimType;
import io.parallax.analysis.DateValue;
import io.parallax.analysis.TroopCountValue;
import io.parallax.claim.ClaimView;

/** The story over time: troop-count figures by publication date, and its dated events in order. */
public record Timeline(List<Figure> figures, List<Event> events) {

    /** One troop-count claim placed at its article's publication date, with the span of values it allows. */
    public record Figure(long articleId, long claimId, String outlet, LocalDate publishedOn, String value, String text,
            String qualifier, Integer min, Integer max, long low, Long high, String source, String group, String subject,
            String independentSource) {

        /** True for "more than 10,000" and "thousands": no upper bound is known, so none is drawn. */
        public boolean openEnded() {
            return high == null;
        }
    }

    /** A dated event and how each outlet dates and phrases it. */
    public record Event(String subject, String label, String consensus, LocalDate day, boolean disagreement,
            List<Matrix.Entry> mentions) {
    }

    static Timeline of(Matrix matrix) {
        List<Figure> figures = matrix.rows().stream().filter(r -> r.type() == ClaimType.TROOP_COUNT)
                .flatMap(r -> r.cells().stream().flatMap(c -> c.entries().stream()))
                .filter(e -> e.article().publishedOn() != null)
                .map(Timeline::figure)
                .sorted(Comparator.comparing(Figure::publishedOn).thenComparing(Figure::outlet).thenComparingLong(Figure::claimId))
                .toList();
        List<Event> events = matrix.rows().stream().filter(r -> r.type() == ClaimType.DATE)
                .map(r -> new Event(r.subject(), r.label(), r.consensus(), day(r), r.disagreement(),
                        r.cells().stream().flatMap(c -> c.entries().stream()).toList()))
                .sorted(Comparator.comparing(Event::day, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Event::label))
                .toList();
        return new Timeline(figures, events);
    }

    private static Figure figure(Matrix.Entry e) {
        ClaimView c = e.claim();
        TroopCountValue v = (TroopCountValue) c.value();
        // Drawn as the outlet put it: a point for a figure, a bar for a stated span; "up to" reaches down to zero, and
        // "more than" and "thousands" reach up without an end, as no upper bound was given.
        long low = switch (v.qualifier()) {
            case AT_MOST -> 0;
            default -> v.min() == null ? 0 : v.min();
        };
        Long high = switch (v.qualifier()) {
            case EXACT, APPROXIMATE -> low;
            case AT_MOST, RANGE -> v.max() == null ? low : Math.max(low, v.max());
            default -> null;
        };
        String source = Objects.requireNonNullElse(c.attributionLabel(), "no source given");
        return new Figure(e.article().id(), c.id(), e.article().outlet(), e.article().publishedOn(), c.valueLabel(), c.text(),
                v.qualifier().name(), v.min(), v.max(), low, high, source,
                c.sourceKey() != null ? SourceGroups.of(c.sourceKey().split("/")[0]) : SourceGroups.of(c.attribution()),
                c.subjectLabel(), e.article().sourceName());
    }

    /** The most precise date the majority gives, else the earliest date anyone gives. */
    private static LocalDate day(Matrix.Row row) {
        return row.groups().stream().flatMap(g -> g.entries().stream()).filter(e -> !e.dissenting())
                .map(e -> date(e).day()).filter(Objects::nonNull).findFirst()
                .orElseGet(() -> row.groups().stream().flatMap(g -> g.entries().stream())
                        .map(e -> date(e).firstDay()).min(Comparator.naturalOrder()).orElse(null));
    }

    private static DateValue date(Matrix.Entry e) {
        return (DateValue) e.claim().value();
    }
}
