package io.parallax.analysis;

/** How an outlet hedged a count: exactly, roughly, as a bound, as a range or only vaguely. */
public enum Qualifier { EXACT, APPROXIMATE, AT_MOST, AT_LEAST, RANGE, VAGUE }
