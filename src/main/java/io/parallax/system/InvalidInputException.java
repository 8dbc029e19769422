package io.parallax.system;

import java.util.Map;

/**
 * Input that cannot be used as it is (filters, a submitted article): names each bad field with a message a reader
 * understands, and becomes a 400 with problem details in the API and a friendly page in the browser.
 */
public class InvalidInputException extends RuntimeException {

    private final String title;
    private final String detail;
    private final Map<String, String> errors;

    public InvalidInputException(String title, String detail, Map<String, String> errors) {
        super(detail);
        this.title = title;
        this.detail = detail;
        this.errors = Map.copyOf(errors);
    }

    /** An article that cannot be stored as it is. */
    public static InvalidInputException article(Map<String, String> errors) {
        return new InvalidInputException("Invalid article", "Some fields cannot be stored as they are.", errors);
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    public Map<String, String> errors() {
        return errors;
    }
}
