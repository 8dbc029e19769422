package io.parallax.analysis;

/** One extracted claim: its span in the article body, the sentence around it, and what it asserts. */
public record Claim(Span span, String text, String sentence, Subject subject, Attribution attribution, ClaimValue value) {

    public ClaimType type() {
        return value.type();
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }
}
