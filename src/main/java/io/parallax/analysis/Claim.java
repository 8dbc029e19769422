package io.parallax.analysis;

/** One extracted claim: its span in the article body, the sentence around it, and what it asserts. */
public record Claim(ClaimType type, int start, int end, String text, String sentence,
                    Subject subject, Attribution attribution, ClaimValue value) {
}
