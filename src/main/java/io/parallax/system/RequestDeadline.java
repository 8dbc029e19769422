package io.parallax.system;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * The time a request may still take and whether its client is still there. The container starts one for every request
 * ({@link RequestDeadlineValve}); the loops that can run long call {@link #check()}, which stops the work with
 * {@link RequestStopped} once the time limit has passed or the client has closed its connection. Outside a request
 * (jobs, tests without a server) there is no deadline and {@code check()} does nothing.
 */
public final class RequestDeadline implements AutoCloseable {

    /** How often, at most, the connection is probed: a probe is a system call, the time check is not. */
    private static final long PROBE_INTERVAL_NANOS = Duration.ofMillis(50).toNanos();

    private static final ThreadLocal<RequestDeadline> CURRENT = new ThreadLocal<>();

    private final Duration limit;
    private final long deadline;
    private final BooleanSupplier clientGone;
    private final RequestDeadline outer;
    private long nextProbe;

    private RequestDeadline(Duration limit, BooleanSupplier clientGone) {
        this.limit = limit;
        long now = System.nanoTime();
        this.deadline = now + limit.toNanos();
        this.clientGone = clientGone;
        this.nextProbe = now;
        this.outer = CURRENT.get();
    }

    /**
     * Starts a deadline for the work this thread does until the returned scope is closed; {@code clientGone} says
     * whether whoever waits for the answer has left.
     */
    public static RequestDeadline start(Duration limit, BooleanSupplier clientGone) {
        RequestDeadline deadline = new RequestDeadline(limit, clientGone);
        CURRENT.set(deadline);
        return deadline;
    }

    /** Stops the current request's work if its time is up or its client has gone; call it inside long loops. */
    public static void check() {
        RequestDeadline current = CURRENT.get();
        if (current != null) {
            current.verify();
        }
    }

    private void verify() {
        long now = System.nanoTime();
        if (now - deadline >= 0) {
            throw new RequestStopped(RequestStopped.Reason.TIME_LIMIT, limit);
        }
        if (now - nextProbe >= 0) {
            nextProbe = now + PROBE_INTERVAL_NANOS;
            if (clientGone.getAsBoolean()) {
                throw new RequestStopped(RequestStopped.Reason.CLIENT_GONE, limit);
            }
        }
    }

    @Override
    public void close() {
        if (outer == null) {
            CURRENT.remove();
        }
        else {
            CURRENT.set(outer);
        }
    }
}
