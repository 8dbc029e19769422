package io.parallax.analysis;

/** The kinds of factual claim the engine extracts. */
public enum ClaimType { DATE, TROOP_COUNT, VOTE }
