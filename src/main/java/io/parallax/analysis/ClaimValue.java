package io.parallax.analysis;

public sealed interface ClaimValue permits DateValue, TroopCountValue, VoteValue {}
