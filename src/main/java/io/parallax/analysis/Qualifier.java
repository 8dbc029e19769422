package io.parallax.analysis;

public enum Qualifier { EXACT, APPROXIMATE, AT_MOST, AT_LEAST, RANGE, VAGUE }
