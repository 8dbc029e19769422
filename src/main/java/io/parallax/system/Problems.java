package io.parallax.system;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Builds the problem details every API error is answered with, and tells API requests from page requests. */
final class Problems {

    /** Seconds a client should wait before trying again while the database is unavailable. */
    static final String RETRY_AFTER_SECONDS = "5";

    /** Seconds a client should wait before asking again for an answer that took too long to prepare. */
    static final String RETRY_AFTER_SLOW_SECONDS = "30";

    /** A request attribute holding a message safe to show the client, set where the error is raised. */
    static final String MESSAGE = Problems.class.getName() + ".message";

    private Problems() {
    }

    static ProblemDetail of(HttpStatus status, String title, String detail, Map<String, String> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        if (errors != null && !errors.isEmpty()) {
            List<Map<String, String>> list = errors.entrySet().stream()
                    .map(e -> Map.of("field", e.getKey(), "message", e.getValue())).toList();
            problem.setProperty("errors", list);
        }
        return problem;
    }

    static String slowDetail(RequestStopped stopped) {
        return "Preparing this answer took longer than " + stopped.limit().toSeconds()
                + " seconds, so it was stopped. Try again later, or ask for less (a smaller page or a narrower filter).";
    }

    static boolean isApi(HttpServletRequest request) {
        return isApiPath(request.getRequestURI(), request.getContextPath());
    }

    static boolean isApiPath(String uri, String contextPath) {
        if (uri == null) {
            return false;
        }
        String path = contextPath == null || contextPath.isEmpty() || !uri.startsWith(contextPath) ? uri
                : uri.substring(contextPath.length());
        return path.equals("/api") || path.startsWith("/api/") || path.startsWith("/actuator");
    }
}
