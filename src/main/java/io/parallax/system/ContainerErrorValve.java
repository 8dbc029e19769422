package io.parallax.system;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;

/**
 * The answer to the few requests the servlet container refuses before the application sees them (odd methods,
 * malformed addresses): the same problem details or plain page the application gives, never the container's own
 * page with its name and version.
 */
public class ContainerErrorValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatus resolved = HttpStatus.resolve(status);
        String reason = resolved != null ? resolved.getReasonPhrase() : "Error";
        String detail = status == 501 || status == 405 ? "This address does not accept this method."
                : status >= 500 ? "Something went wrong on our side." : "The request cannot be understood.";
        boolean api = Problems.isApiPath(request.getRequestURI(), request.getContextPath());
        try {
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("Referrer-Policy", "no-referrer");
            Writer writer = response.getReporter();
            if (writer == null) {
                return;
            }
            if (api) {
                response.setContentType("application/problem+json");
                writer.write("{\"type\":\"about:blank\",\"title\":\"" + reason + "\",\"status\":" + status + ",\"detail\":\""
                        + detail + "\"}");
            }
            else {
                response.setContentType("text/html");
                writer.write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + reason
                        + " · Parallax</title><link rel=\"stylesheet\" href=\"/assets/css/parallax.css\"></head><body>"
                        + "<main class=\"error-page\"><h1>" + reason + "</h1><p>" + detail
                        + "</p><p><a href=\"/articles\">Browse the articles</a></p></main></body></html>");
            }
            response.finishResponse();
        }
        catch (IOException | IllegalStateException ex) {
            // The client is gone or the response is already committed; nothing more can be said.
        }
    }
}
