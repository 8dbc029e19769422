package io.parallax.analysis;

public record DateValue(String date, DatePrecision precision) implements ClaimValue {}
