package io.parallax.system;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;

/**
 * Gives every request a {@link RequestDeadline}: its time limit, and a probe that tells whether the client has closed
 * the connection. The servlet API has no such probe, so it asks Tomcat for a non-blocking read: a request without a
 * body has nothing more to read until its answer is sent, so the connection reading at its end means the client left
 * (clients do not pipeline requests behind one they are still waiting for).
 */
class RequestDeadlineValve extends ValveBase {

    private final Duration limit;

    RequestDeadlineValve(Duration limit) {
        super(true);
        this.limit = limit;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        try (RequestDeadline deadline = RequestDeadline.start(limit, () -> clientGone(request))) {
            getNext().invoke(request, response);
        }
    }

    static boolean clientGone(Request request) {
        if (request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null) {
            // The body may still be arriving: what is readable says nothing about the client.
            return false;
        }
        org.apache.coyote.Request coyote = request.getCoyoteRequest();
        coyote.action(ActionCode.AVAILABLE, Boolean.TRUE);
        return coyote.getAvailable() > 0;
    }
}
