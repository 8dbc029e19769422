package io.parallax.analysis;

public record Attribution(String source, String person) { public String display() { return person == null ? source : source + " (" + person + ")"; } }
