package io.parallax.system;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers every error the container forwards here, whatever the method or path: problem details under {@code /api},
 * the site's own error page elsewhere. Requested directly, {@code /error} is simply a page that does not exist.
 */
@Controller
class ErrorPagesController implements ErrorController {

    @RequestMapping(value = "/error", produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        HttpStatus status = status(request);
        ProblemDetail body = Problems.of(status, status.getReasonPhrase(), message(request, status), null);
        return withHeaders(ResponseEntity.status(status), status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    @RequestMapping("/error")
    Object page(HttpServletRequest request, HttpServletResponse response) {
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (Problems.isApiPath(uri, request.getContextPath())) {
            return problem(request);
        }
        HttpStatus status = status(request);
        boolean slow = RequestStopped.in((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION)) != null;
        String view = slow ? "error/slow" : status == HttpStatus.NOT_FOUND ? "error/404"
                : status == HttpStatus.SERVICE_UNAVAILABLE ? "error/503" : status.is4xxClientError() ? "error/4xx" : "error/5xx";
        ModelAndView page = new ModelAndView(view, Map.of("status", status.value(), "message", message(request, status)), status);
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Problems.RETRY_AFTER_SECONDS);
        }
        return page;
    }

    private static <B extends ResponseEntity.HeadersBuilder<B>> B withHeaders(B builder, HttpStatus status) {
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            builder.header(HttpHeaders.RETRY_AFTER, Problems.RETRY_AFTER_SECONDS);
        }
        return builder;
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (!(code instanceof Integer value)) {
            // Not forwarded by the container: someone asked for /error itself.
            return HttpStatus.NOT_FOUND;
        }
        Throwable error = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (error != null && (DatabaseUnavailable.matches(error) || RequestStopped.in(error) != null)) {
            return HttpStatus.SERVICE_UNAVAILABLE;
        }
        HttpStatus status = HttpStatus.resolve(value);
        return status == null ? (value >= 500 ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.BAD_REQUEST) : status;
    }

    private static String message(HttpServletRequest request, HttpStatus status) {
        RequestStopped stopped = RequestStopped.in((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
        if (stopped != null) {
            return Problems.slowDetail(stopped);
        }
        Object own = request.getAttribute(Problems.MESSAGE);
        if (own instanceof String text) {
            return text;
        }
        return switch (status) {
            case NOT_FOUND -> "There is nothing at this address.";
            case METHOD_NOT_ALLOWED, NOT_IMPLEMENTED -> "This address does not accept this method.";
            case UNAUTHORIZED -> "This needs you to sign in.";
            case FORBIDDEN -> "You are not allowed to do this.";
            case SERVICE_UNAVAILABLE -> "The database is not available at the moment; try again in a few seconds.";
            case CONTENT_TOO_LARGE -> "The request is too large.";
            case TOO_MANY_REQUESTS -> "Too many attempts; wait a little and try again.";
            default -> status.is4xxClientError() ? "The request cannot be understood." : "Something went wrong on our side.";
        };
    }
}
