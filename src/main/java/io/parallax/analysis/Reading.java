package io.parallax.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * What the extractors remember while they read one article, sentence by sentence: the claims accepted so far (a count
 * finished in the next sentence completes the claim before), the dates already resolved ("the same day" refers back to
 * them) and the spans of the current sentence that a rule has taken without making a claim of them. Lives inside one call.
 */
final class Reading {

    private final List<Claim> claims = new ArrayList<>();
    private final List<Integer> sentences = new ArrayList<>();
    private final DateRules.Memory dates = new DateRules.Memory();
    private final List<Span> reserved = new ArrayList<>();
    private final AttributionFinder.Memo sources;

    /** A reading that shares the attribution memo of the article's matchers. */
    Reading(AttributionFinder.Memo sources) {
        this.sources = sources;
    }

    List<Claim> claims() {
        return claims;
    }

    /** Records a claim accepted from sentence {@code sentence}. */
    void accept(Claim claim, int sentence) {
        claims.add(claim);
        sentences.add(sentence);
    }

    /** The index of the sentence a claim accepted so far comes from, or -1. */
    int sentenceOf(Claim claim) {
        int i = claims.indexOf(claim);
        return i < 0 ? -1 : sentences.get(i);
    }

    /** The sources found in the article's sentences so far, which every claim of the article may reuse. */
    AttributionFinder.Memo sources() {
        return sources;
    }

    DateRules.Memory dates() {
        return dates;
    }

    /** The last claim of {@code type} accepted so far, or null. */
    Claim last(ClaimType type) {
        for (int i = claims.size() - 1; i >= 0; i--) {
            if (claims.get(i).type().equals(type)) {
                return claims.get(i);
            }
        }
        return null;
    }

    /** Puts {@code replacement} where {@code claim} was, e.g. when a later sentence completes its value. */
    void replace(Claim claim, Claim replacement) {
        int i = claims.indexOf(claim);
        if (i >= 0) {
            claims.set(i, replacement);
        }
    }

    /** Counts a claim as last touched in {@code sentence}: a count completed there may be completed again by the next. */
    void touch(Claim claim, int sentence) {
        int i = claims.indexOf(claim);
        if (i >= 0) {
            sentences.set(i, sentence);
        }
    }

    /** Keeps rules of lower precedence off a span of the current sentence that yields no claim of its own. */
    void reserve(Span span) {
        reserved.add(span);
    }

    List<Span> reserved() {
        return reserved;
    }

    void nextSentence() {
        reserved.clear();
    }
}
