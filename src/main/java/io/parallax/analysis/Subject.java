package io.parallax.analysis;

public record Subject(String key, String label) {}
