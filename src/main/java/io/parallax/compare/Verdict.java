package io.parallax.compare;

/** What a row's values add up to, in the order a fact-checker should look at them. */
public enum Verdict {

    SOURCES_DIFFER("sources differ", "warn"),
    OUTLIER("outlier", "warn"),
    UPDATED("updated over time", "time"),
    AGREE("agree", "ok"),
    SINGLE_SOURCE("single source", "single");

    private final String label;
    private final String css;

    Verdict(String label, String css) {
        this.label = label;
        this.css = css;
    }

    public String label() {
        return label;
    }

    /** The badge's CSS class. */
    public String css() {
        return "badge verdict-" + css;
    }

    /** Only these two mark cells as differing: the others explain every value. */
    public boolean differs() {
        return this == SOURCES_DIFFER || this == OUTLIER;
    }
}
