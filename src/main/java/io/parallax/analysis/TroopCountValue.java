package io.parallax.analysis;

public record TroopCountValue(Integer min, Integer max, Qualifier qualifier) implements ClaimValue {}
