package io.parallax.analysis;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Objects;

/** A number of troops as bounds plus the hedge the outlet used; a null bound is open. */
public record TroopCountValue(Integer min, Integer max, Qualifier qualifier) implements ClaimValue {

    public TroopCountValue {
        Objects.requireNonNull(qualifier, "qualifier");
    }

    /** The span of true values a count allows, inclusive, as newsrooms use the words. */
    public record Bounds(long low, long high) {

        public boolean overlaps(Bounds other) {
            return low <= other.high && other.low <= high;
        }
    }

    @Override
    public ClaimType type() {
        return ClaimType.TROOP_COUNT;
    }

    /** The values a reader would accept as true for this count. */
    public Bounds bounds() {
        long lo = min == null ? 0 : min;
        long hi = max == null ? 0 : max;
        return switch (qualifier) {
            case EXACT -> new Bounds(lo, lo);
            case APPROXIMATE -> new Bounds(Math.round(lo * 0.85), Math.round(lo * 1.15));
            // "Up to 10,000" is said of numbers near 10,000, not of 3,000.
            case AT_MOST -> new Bounds(Math.round(hi * 0.75), hi);
            case AT_LEAST -> new Bounds(lo, Math.round(lo * 1.3));
            case RANGE -> new Bounds(lo, hi);
            case VAGUE -> new Bounds(lo, lo * 10);
        };
    }

    @Override
    public String label() {
        NumberFormat numbers = NumberFormat.getIntegerInstance(Locale.ENGLISH);
        return switch (qualifier) {
            case EXACT -> numbers.format(min);
            case APPROXIMATE -> "about " + numbers.format(min);
            case AT_MOST -> "up to " + numbers.format(max);
            case AT_LEAST -> "at least " + numbers.format(min);
            case RANGE -> numbers.format(min) + "–" + numbers.format(max);
            case VAGUE -> min == null ? "an unstated number" : "more than " + numbers.format(min) + " (vague)";
        };
    }

    /** "Up to 10,000", "around 10,000" and "10,000" agree; "thousands" fits "3,000". */
    @Override
    public boolean compatibleWith(ClaimValue other) {
        return other instanceof TroopCountValue o && bounds().overlaps(o.bounds());
    }

    @Override
    public int vagueness() {
        return switch (qualifier) {
            case EXACT -> 0;
            case APPROXIMATE, RANGE -> 1;
            case AT_MOST, AT_LEAST -> 2;
            case VAGUE -> 3;
        };
    }
}
