package io.parallax.outlet;

import java.util.Locale;

/** What sort of publisher an outlet is. */
public enum OutletKind {
    WIRE_AGENCY("wire agency"), NEWSPAPER("newspaper"), BROADCASTER("broadcaster"), AGGREGATOR("aggregator"),
    UNKNOWN("unknown");

    private final String label;

    OutletKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads the loose forms people write ("wire agency", "broadcaster (UAE)", "NEWSPAPER"); anything else is unknown. */
    public static OutletKind parse(String text) {
        if (text == null || text.isBlank()) {
            return UNKNOWN;
        }
        String normalised = text.toLowerCase(Locale.ROOT).replace('_', ' ').trim();
        for (OutletKind kind : values()) {
            if (normalised.startsWith(kind.label)) {
                return kind;
            }
        }
        return UNKNOWN;
    }
}
