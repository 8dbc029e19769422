package io.parallax.analysis;

public enum ClaimType { DATE, TROOP_COUNT, VOTE }
