package io.parallax.system;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses, before any controller or query sees them, query parameters, form fields and paths holding characters that
 * cannot be stored or searched (see {@link UnsafeText}), with a 400 naming the parameter.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class UnsafeInputFilter extends OncePerRequestFilter {

    private final JsonMapper json;

    UnsafeInputFilter(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType != null && !concrete(contentType)) {
            refuse(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content-Type",
                    "must name one type, such as application/json", "The Content-Type " + UnsafeText.quote(contentType)
                            + " names no type; send the body as application/json.");
            return;
        }
        String field = null;
        String problem = UnsafeText.problem(request.getRequestURI());
        if (problem == null) {
            problem = UnsafeText.problem(request.getServletPath());
        }
        if (problem != null) {
            field = "path";
        }
        else {
            for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
                problem = UnsafeText.problem(parameter.getKey());
                for (int i = 0; problem == null && i < parameter.getValue().length; i++) {
                    problem = UnsafeText.problem(parameter.getValue()[i]);
                }
                if (problem != null) {
                    field = UnsafeText.quote(parameter.getKey());
                    break;
                }
            }
        }
        if (problem == null) {
            chain.doFilter(request, response);
            return;
        }
        refuse(request, response, HttpStatus.BAD_REQUEST, field, problem,
                "The " + ("path".equals(field) ? "address" : "parameter " + field) + " " + problem + ".");
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String field,
            String problem, String message) throws IOException {
        if (Problems.isApi(request)) {
            response.setStatus(status.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), Problems.of(status, "Invalid request", message, Map.of(field, problem)));
        }
        else {
            request.setAttribute(Problems.MESSAGE, message);
            response.sendError(status.value());
        }
    }

    private static boolean concrete(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return !type.isWildcardType() && !type.isWildcardSubtype();
        }
        catch (InvalidMediaTypeException ex) {
            return false;
        }
    }
}
