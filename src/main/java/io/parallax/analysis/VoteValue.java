package io.parallax.analysis;

public record VoteValue(String chamber, Integer votesFor, Integer votesAgainst, Integer abstentions, boolean unanimous) implements ClaimValue {}
