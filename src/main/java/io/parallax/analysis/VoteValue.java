package io.parallax.analysis;

/** The reported result of a legislature's vote; counts the text does not give are null. */
public record VoteValue(String chamber, Integer votesFor, Integer votesAgainst, Integer abstentions, boolean unanimous)
        implements ClaimValue {
}
