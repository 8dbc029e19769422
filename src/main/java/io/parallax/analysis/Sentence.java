package io.parallax.analysis;

/** A sentence of a text, with its offsets in that text ({@code text == source.substring(start, end)}). */
public record Sentence(int start, int end, String text) {
}
