package io.parallax.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sits in front of authentication. Stops a client or user name that failed too often with 429 and Retry-After, and
 * makes every API write authenticate with its own credentials: a browser's session cookie alone, which another site
 * can make the browser send, writes nothing.
 */
class SignInGuardFilter extends OncePerRequestFilter {

    private final SignInThrottle throttle;
    private final CachedCredentials credentials;
    private final JsonMapper json;

    SignInGuardFilter(SignInThrottle throttle, CachedCredentials credentials, JsonMapper json) {
        this.throttle = throttle;
        this.credentials = credentials;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean api = Problems.isApi(request);
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        String[] basic = basic(authorization);
        String user = null;
        boolean attempt = false;
        if (basic != null) {
            user = basic[0];
            attempt = !credentials.knows(basic[0], basic[1]);
        }
        else if (HttpMethod.POST.matches(request.getMethod()) && "/login".equals(request.getServletPath())) {
            user = request.getParameter("username");
            attempt = true;
        }
        if (attempt) {
            Optional<Duration> wait = throttle.wait(request.getRemoteAddr(), user);
            if (wait.isPresent()) {
                tooMany(request, response, api, wait.get());
                return;
            }
        }
        if (api && authorization == null && !isSafe(request.getMethod())) {
            // Only credentials sent with this very request count for an API write.
            SecurityContextHolder.clearContext();
        }
        chain.doFilter(request, response);
    }

    private void tooMany(HttpServletRequest request, HttpServletResponse response, boolean api, Duration wait) throws IOException {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        String message = "Too many failed sign-ins; try again in " + seconds + " seconds.";
        if (api) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(),
                    Problems.of(HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins", message, Map.of()));
        }
        else {
            request.setAttribute(Problems.MESSAGE, message);
            response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
        }
    }

    private static boolean isSafe(String method) {
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }

    private static String[] basic(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        }
        catch (IllegalArgumentException ex) {
            return null;
        }
    }
}
