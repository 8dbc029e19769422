package io.parallax.analysis;

/**
 * Who the text credits for a claim: the organisation ({@code source}, as the text names it), the person who spoke for
 * it, and the organisation's normalised key ("us", "us/state-department"), which is the same however outlets spell it.
 */
public record Attribution(String source, String person, String key) {

    public Attribution(String source, String person) {
        this(source, person, null);
    }

    public String display() {
        if (source == null || source.isBlank()) {
            return person;
        }
        return person == null || person.isBlank() ? source : source + " (" + person + ")";
    }

    /** The key of the organisation this one is part of ("us" for "us/state-department"), or null for a top-level one. */
    public String parentKey() {
        if (key == null) {
            return null;
        }
        int slash = key.lastIndexOf('/');
        return slash < 0 ? null : key.substring(0, slash);
    }
}
