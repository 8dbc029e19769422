package io.parallax.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.parallax.claim.ClaimView;
import io.parallax.system.RequestDeadline;

/**
 * How one outlet's values compare with the consensus of the other independent sources on the same facts. Copies of
 * the outlet's own wire stories are not other sources, so they neither confirm nor contradict it.
 */
public record OutletRecord(List<Check> checks) {

    /** One of the outlet's claims set against the other sources' consensus on the same fact. */
    public record Check(String question, String anchor, ClaimView claim, long articleId, String others, Boolean agrees) {
    }

    static OutletRecord of(Matrix matrix, String slug) {
        List<Check> checks = new ArrayList<>();
        for (Matrix.Row row : matrix.rows()) {
            List<Matrix.Entry> own = row.cells().stream().filter(c -> c.slug().equals(slug)).flatMap(c -> c.entries().stream()).toList();
            for (Matrix.Entry e : own) {
                RequestDeadline.check();
                List<Matrix.Entry> others = row.cells().stream().filter(c -> !c.slug().equals(slug)).flatMap(c -> c.entries().stream())
                        .filter(o -> !o.article().sourceKey().equals(e.article().sourceKey())).toList();
                if (others.isEmpty()) {
                    continue;
                }
                Map<Long, Matrix.ArticleRef> refs = new LinkedHashMap<>();
                others.forEach(o -> refs.put(o.article().id(), o.article()));
                Verdicts.Decision decision = ComparisonService.decide(row.type(), others.stream().map(Matrix.Entry::claim).toList(), refs);
                Matrix.Group consensus = decision.verdict() == Verdict.UPDATED
                        ? current(decision, e.article().publishedOn()) : decision.consensus();
                if (consensus == null) {
                    checks.add(new Check(row.question(), row.anchor(), e.claim(), e.article().id(),
                            "no consensus among " + Numbers.count(decision.sources(), "other source", "other sources"), null));
                    continue;
                }
                boolean agrees = consensus.entries().stream().anyMatch(o -> Compatibility.compatible(e.claim(), o.claim()));
                checks.add(new Check(row.question(), row.anchor(), e.claim(), e.article().id(),
                        consensus.value() + " (" + Numbers.count(consensus.independent().size(), "other source", "other sources")
                                + (decision.verdict() == Verdict.UPDATED ? ", the figure current then" : "") + ")",
                        agrees));
            }
        }
        return new OutletRecord(checks);
    }

    /** Of values that changed over time, the one current when the outlet published: the latest published by then. */
    private static Matrix.Group current(Verdicts.Decision decision, LocalDate published) {
        List<Matrix.Group> byTime = decision.groups().stream()
                .sorted(Comparator.comparing(Matrix.Group::firstPublished, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        Matrix.Group current = byTime.get(0);
        for (Matrix.Group g : byTime) {
            if (published != null && g.firstPublished() != null && !g.firstPublished().isAfter(published)) {
                current = g;
            }
        }
        return current;
    }

    public long counted() {
        return checks.stream().filter(c -> c.agrees() != null).count();
    }

    public long agreeing() {
        return checks.stream().filter(c -> Boolean.TRUE.equals(c.agrees())).count();
    }

    /** Share of counted claims the other sources' consensus supports, as a whole percentage; null when none counted. */
    public Integer agreementPercent() {
        return counted() == 0 ? null : (int) Math.round(100.0 * agreeing() / counted());
    }
}
