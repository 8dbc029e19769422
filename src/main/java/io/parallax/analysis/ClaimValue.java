package io.parallax.analysis;

/** The normalised value of a claim, comparable across outlets. */
public sealed interface ClaimValue permits DateValue, TroopCountValue, VoteValue {
}
