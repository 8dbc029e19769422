package io.parallax.system;

import java.util.Map;

/** Filter parameters that cannot be applied, with a message a reader understands for each one. */
public class InvalidFilterException extends InvalidInputException {

    public InvalidFilterException(Map<String, String> errors) {
        super("Invalid filter", String.join(" ", errors.values()), errors);
    }
}
