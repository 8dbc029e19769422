package io.parallax.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/** Refuses request bodies over 1 MB with 413 before anything reads them. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimitFilter extends OncePerRequestFilter {

    static final long MAX_BYTES = 1024 * 1024;

    private final JsonMapper json;
    private final long importMaxBytes;

    RequestSizeLimitFilter(JsonMapper json,
            @org.springframework.beans.factory.annotation.Value("${parallax.import.max-request-size:64MB}")
            org.springframework.util.unit.DataSize importMaxSize) {
        this.json = json;
        this.importMaxBytes = importMaxSize.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        boolean chunked = length < 0 && "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
        // Bulk imports and uploads carry many articles in one request, so they get a limit of their own.
        String path = request.getRequestURI().substring(request.getContextPath().length());
        long max = path.startsWith("/api/imports") || path.startsWith("/imports") ? importMaxBytes : MAX_BYTES;
        String limit = max >= 1024 * 1024 ? max / (1024 * 1024) + " MB" : max + " bytes";
        if (length > max || chunked) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, chunked
                    ? "Send the request with a Content-Length; bodies are limited to " + limit + "."
                    : "The request body is " + length + " bytes; the limit is " + limit + " (" + max + " bytes).");
            problem.setTitle("Request too large");
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setHeader("Connection", "close");
            json.writeValue(response.getOutputStream(), problem);
            return;
        }
        chain.doFilter(request, response);
    }
}
