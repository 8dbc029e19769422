package io.parallax.system;

import java.util.Map;

/** Filter parameters that cannot be applied, with a message a reader understands for each one. */
public class InvalidFilterException extends RuntimeException {

    private final Map<String, String> errors;

    public InvalidFilterException(Map<String, String> errors) {
        super(String.join(" ", errors.values()));
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
