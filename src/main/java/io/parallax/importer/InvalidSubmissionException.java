package io.parallax.importer;

import java.util.Map;

/** A submission with fields that cannot be stored as they are; maps each field to what is wrong with it. */
public class InvalidSubmissionException extends RuntimeException {

    private final Map<String, String> errors;

    public InvalidSubmissionException(Map<String, String> errors) {
        super("Invalid article: " + errors);
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
