package io.parallax.compare;

import java.util.ArrayList;
import java.util.List;

import io.parallax.claim.ClaimView;

/** How one outlet's claims compare with what the other outlets say about the same facts. */
public record OutletRecord(List<Check> checks) {

    /** One of the outlet's claims set against the other outlets' claims on the same fact. */
    public record Check(String question, ClaimView claim, long articleId, String others, boolean agrees) {
    }

    static OutletRecord of(Matrix matrix, String slug) {
        List<Check> checks = new ArrayList<>();
        for (Matrix.Row row : matrix.rows()) {
            List<Matrix.Entry> own = row.cells().stream().filter(c -> c.slug().equals(slug)).flatMap(c -> c.entries().stream()).toList();
            List<Matrix.Entry> others = row.cells().stream().filter(c -> !c.slug().equals(slug)).flatMap(c -> c.entries().stream()).toList();
            if (own.isEmpty() || others.isEmpty()) {
                continue;
            }
            String othersSay = others.stream().map(e -> e.claim().valueLabel()).distinct().reduce((a, b) -> a + "; " + b).orElse("");
            for (Matrix.Entry e : own) {
                boolean agrees = others.stream().anyMatch(o -> Compatibility.compatible(e.claim(), o.claim()));
                checks.add(new Check(row.question(), e.claim(), e.article().id(), othersSay, agrees));
            }
        }
        return new OutletRecord(checks);
    }

    public long agreeing() {
        return checks.stream().filter(Check::agrees).count();
    }

    /** Share of checked claims that another outlet supports, as a whole percentage; null when nothing could be checked. */
    public Integer agreementPercent() {
        return checks.isEmpty() ? null : (int) Math.round(100.0 * agreeing() / checks.size());
    }
}
