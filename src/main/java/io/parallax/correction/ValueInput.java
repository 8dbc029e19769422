package io.parallax.correction;

/**
 * A corrected value as an editor types it, in a form or as JSON; which fields count depends on the claim's type:
 * {@code date} and {@code precision} for a date, {@code qualifier}, {@code min} and {@code max} for a troop count,
 * {@code chamber}, {@code votesFor}, {@code votesAgainst}, {@code abstentions} and {@code unanimous} for a vote.
 */
public record ValueInput(String date, String precision, String qualifier, String min, String max, String chamber,
        String votesFor, String votesAgainst, String abstentions, String unanimous) {
}
