package io.parallax.analysis;

/**
 * The normalised value of a claim, comparable across outlets. Each kind of claim is one record that knows how to say
 * itself, which other values of its kind can be true together with it, and how vague it is. The interface is open so
 * that a discovered claim type ({@link ClaimNormaliser}) can bring its own record.
 */
public interface ClaimValue {

    /** The kind of claim this value belongs to. */
    ClaimType type();

    /** The value said the way a reader would say it: "24 Oct 2024", "up to 10,000", "State Duma: 397–0 (unanimous)". */
    String label();

    /** Whether this value and {@code other} can both be true of the same fact; values of another kind never are. */
    boolean compatibleWith(ClaimValue other);

    /** How much the value leaves open: 0 for the most specific values of its kind, larger for vaguer ones. */
    int vagueness();
}
