package io.parallax.analysis;

/** A number of troops as bounds plus the hedge the outlet used; a null bound is open. */
public record TroopCountValue(Integer min, Integer max, Qualifier qualifier) implements ClaimValue {
}
