package io.parallax.analysis;

/** A calendar reference rendered as yyyy-mm-dd, yyyy-mm or yyyy according to its precision. */
public record DateValue(String date, DatePrecision precision) implements ClaimValue {
}
