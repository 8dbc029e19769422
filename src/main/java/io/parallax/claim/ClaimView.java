package io.parallax.claim;

import io.parallax.analysis.ClaimType;
import io.parallax.analysis.ClaimValue;

/**
 * A stored claim as the pages and the comparison read it: where it stands in its article, what it is about, who gave it
 * (the organisation, the person speaking for it and the organisation's normalised key) and its value.
 */
public record ClaimView(long id, long articleId, int start, int end, String text, String sentence, String subjectKey,
        String subjectLabel, String attribution, String attributionPerson, String sourceKey, ClaimValue value) {

    public ClaimType type() {
        return value.type();
    }

    /** "24 Oct 2024", "up to 10,000", "State Duma: 397–0 (unanimous)". */
    public String valueLabel() {
        return value.label();
    }

    public String typeLabel() {
        return type().label();
    }

    /** The CSS class that colours this claim type: {@code claim-troop-count}. */
    public String cssClass() {
        return "claim-" + type().slug();
    }

    /** "U.S. State Department (Matthew Miller)", or null when the text names no source. */
    public String attributionLabel() {
        if (attribution == null) {
            return attributionPerson;
        }
        return attributionPerson == null ? attribution : attribution + " (" + attributionPerson + ")";
    }

    /** The most of a sentence an answer quotes around its claim: a text without full stops is one long "sentence". */
    public static final int MAX_EXCERPT = 600;

    /** The claim's sentence, or when it is longer than {@link #MAX_EXCERPT} the part around the claim, cut at words with "…". */
    public String sentenceExcerpt() {
        if (sentence == null || sentence.length() <= MAX_EXCERPT) {
            return sentence;
        }
        int at = Math.max(0, sentence.indexOf(text));
        int room = Math.max(0, MAX_EXCERPT - text.length()) / 2;
        int from = Math.max(0, at - room);
        int to = Math.min(sentence.length(), Math.max(at + text.length(), from + MAX_EXCERPT));
        from = Math.max(0, Math.min(from, to - MAX_EXCERPT));
        int space = sentence.indexOf(' ', from);
        if (from > 0 && space >= 0 && space < at) {
            from = space + 1;
        }
        space = sentence.lastIndexOf(' ', to);
        if (to < sentence.length() && space > at + text.length()) {
            to = space;
        }
        return (from > 0 ? "…" : "") + sentence.substring(from, to) + (to < sentence.length() ? "…" : "");
    }

    /** Whether this claim and {@code other} can both be true: the same kind of claim and compatible values. */
    public boolean compatibleWith(ClaimView other) {
        return value.compatibleWith(other.value);
    }
}
