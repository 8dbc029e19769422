package io.parallax.system;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;

/** Every error of the JSON API as RFC 9457 problem details; invalid input names each bad field. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException ex) {
        return Problems.of(HttpStatus.NOT_FOUND, "Not found", ex.getMessage(), null);
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException ex) {
        return Problems.of(HttpStatus.BAD_REQUEST, ex.title(), ex.detail(), ex.errors());
    }

    /** The request ran past its time limit (or its client left, and nobody reads this): the client may try again later. */
    @ExceptionHandler(RequestStopped.class)
    ResponseEntity<ProblemDetail> stopped(RequestStopped ex) {
        log.warn("Request stopped: {}", ex.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, Problems.RETRY_AFTER_SLOW_SECONDS)
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "Took too long", Problems.slowDetail(ex), null));
    }

    /** The database is down, restarting or too slow: the client may try again shortly. */
    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ResponseEntity<ProblemDetail> database(RuntimeException ex) {
        if (DatabaseUnavailable.matches(ex)) {
            log.warn("Database unavailable: {}", ex.getMessage());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, Problems.RETRY_AFTER_SECONDS)
                    .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "Database unavailable",
                            "The database is not available at the moment; try again in a few seconds.", null));
        }
        if (ex instanceof DataIntegrityViolationException integrity) {
            // Validation should have caught this; the database refused a value rather than the server failing.
            log.warn("Refused by the database: {}", integrity.getMostSpecificCause().getMessage());
            return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "Invalid request",
                    "A value cannot be stored as it is.", null));
        }
        throw ex;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        ex.getBindingResult().getFieldErrors().forEach(e -> errors.merge(e.getField(), e.getDefaultMessage(), (a, b) -> a + "; " + b));
        return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "Invalid article",
                "Some fields are missing or invalid.", errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof DatabindException bad && !bad.getPath().isEmpty()) {
                String field = bad.getPath().stream()
                        .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                        .collect(Collectors.joining(".")).replace(".[", "[");
                String message = bad instanceof InvalidFormatException format && format.getTargetType() == String.class
                        ? ((JacksonException) bad).getOriginalMessage() : "has the wrong type or form";
                return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "Invalid field",
                        "The field " + UnsafeText.quote(field) + " " + message + ".", Map.of(UnsafeText.quote(field), message)));
            }
        }
        return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "Malformed request body",
                "The body is not a JSON object of the expected shape.", null));
    }
}
