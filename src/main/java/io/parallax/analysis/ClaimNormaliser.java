package io.parallax.analysis;

import java.time.LocalDate;

/**
 * The one piece of Java a new kind of claim needs beside its value record: it names the kind, its value record, its rule
 * file ({@code rules/<language>/<ruleFile>}) and its precedence, and turns each match of a rule of that file into a value.
 * Implementations are found with {@link java.util.ServiceLoader} (one line in
 * {@code META-INF/services/io.parallax.analysis.ClaimNormaliser}), need a public no-argument constructor, and are
 * immutable and thread-safe. The three kinds the engine was built with have hand-written extractors instead.
 */
public interface ClaimNormaliser {

    /** The claim type's name, upper case with underscores: {@code CASUALTY_COUNT}. */
    String name();

    /** The record that holds this kind's values. */
    Class<? extends ClaimValue> valueType();

    /** The rule file of this kind in each language's folder, e.g. {@code casualty.rules}; a language without it has none. */
    String ruleFile();

    /** Where claims of two types overlap, the lower number wins: votes are 10, troop counts 20, dates 30. */
    int precedence();

    /** The value a match stands for, or null when this match is not a claim after all. */
    ClaimValue normalise(Match match);

    /** The claim type this normaliser makes values of. */
    default ClaimType type() {
        return ClaimType.of(name(), valueType());
    }

    /**
     * One match of a rule of the file, in a sentence. A named group {@code subject} in the pattern, when it matched,
     * names what the claim is about; otherwise all claims of the kind in an article share one subject.
     */
    interface Match {

        /** The name of the rule that matched. */
        String rule();

        /** The rule's {@code NORM} field, or null. */
        String norm();

        /** The whole matched text. */
        String text();

        /** The text of a named group, or null when it did not take part in the match. */
        String group(String name);

        /** A number written in figures or words ("1,200", "twelve", "3.5 million") as the language reads it. */
        long number(String phrase);

        /** The value a normalisation table of {@code words.txt} gives a phrase ("up to" in [hedge]), or null. */
        String table(String section, String phrase);

        /** The date the article was published, for relative values. */
        LocalDate published();
    }
}
