package io.parallax.analysis;

import java.util.Locale;

/** The kinds of factual claim the engine extracts, each with the record type of its values. */
public enum ClaimType {

    DATE(DateValue.class),
    TROOP_COUNT(TroopCountValue.class),
    VOTE(VoteValue.class);

    private final Class<? extends ClaimValue> valueType;

    ClaimType(Class<? extends ClaimValue> valueType) {
        this.valueType = valueType;
    }

    /** The record that holds values of this kind, for readers that rebuild values from storage. */
    public Class<? extends ClaimValue> valueType() {
        return valueType;
    }

    /** "Troop count" for {@code TROOP_COUNT}: the name as a reader would write it. */
    public String label() {
        String words = name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** "troop-count": the name as it appears in CSS classes and URLs. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
