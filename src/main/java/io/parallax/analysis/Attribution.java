package io.parallax.analysis;

/** The source an article names for a figure, optionally with the person who spoke for it. */
public record Attribution(String source, String person) {

    public String display() {
        return person == null || person.isBlank() ? source : source + " (" + person + ")";
    }
}
