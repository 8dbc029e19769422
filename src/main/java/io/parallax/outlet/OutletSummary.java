package io.parallax.outlet;

/** An outlet with the number of articles the archive holds from it. */
public record OutletSummary(Long id, String name, String slug, OutletKind kind, String domain, String country,
        long articleCount) {

    public String kindLabel() {
        return kind.label();
    }
}
