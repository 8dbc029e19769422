package io.parallax.analysis;

import java.util.List;

/** What reading one article gave: its claims, or none and the reason the engine did not read it. */
public record Extraction(List<Claim> claims, Status status, String reason) {

    public enum Status {
        /** The engine read the article with the rules of its language. */
        EXTRACTED,
        /** The engine did not read the article, for the reason given. */
        SKIPPED
    }

    public Extraction {
        claims = List.copyOf(claims);
    }

    static Extraction of(List<Claim> claims) {
        return new Extraction(claims, Status.EXTRACTED, null);
    }

    static Extraction skipped(String reason) {
        return new Extraction(List.of(), Status.SKIPPED, reason);
    }
}
