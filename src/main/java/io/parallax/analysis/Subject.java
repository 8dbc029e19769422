package io.parallax.analysis;

/** What a claim is about, keyed so that the same fact lines up across outlets. */
public record Subject(String key, String label) {
}
