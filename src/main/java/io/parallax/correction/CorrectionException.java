package io.parallax.correction;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A correction that cannot be made: bad input (400, naming each field), nothing to correct (404), or a change that
 * clashes with the current state (409). As an {@link ErrorResponseException} it reaches API clients as problem details.
 */
public class CorrectionException extends ErrorResponseException {

    private final Map<String, String> errors;

    private CorrectionException(HttpStatus status, String title, String detail, Map<String, String> errors) {
        super(status, problem(status, title, detail, errors), null);
        this.errors = errors == null ? Map.of() : Map.copyOf(errors);
    }

    static CorrectionException invalid(String detail, Map<String, String> errors) {
        return new CorrectionException(HttpStatus.BAD_REQUEST, "Invalid correction", detail, errors);
    }

    static CorrectionException invalid(String field, String message) {
        return invalid(message, Map.of(field, message));
    }

    static CorrectionException notFound(String detail) {
        return new CorrectionException(HttpStatus.NOT_FOUND, "Not found", detail, null);
    }

    static CorrectionException conflict(String detail) {
        return new CorrectionException(HttpStatus.CONFLICT, "Conflicting change", detail, null);
    }

    public Map<String, String> errors() {
        return errors;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail, Map<String, String> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        if (errors != null && !errors.isEmpty()) {
            List<Map<String, String>> list = errors.entrySet().stream()
                    .map(e -> Map.of("field", e.getKey(), "message", e.getValue())).toList();
            problem.setProperty("errors", list);
        }
        return problem;
    }
}
