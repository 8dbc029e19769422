package io.parallax.system;

import java.time.Duration;

/** A request's work was stopped before it finished: it ran past its time limit, or its client went away. */
public class RequestStopped extends RuntimeException {

    public enum Reason { TIME_LIMIT, CLIENT_GONE }

    private final Reason reason;
    private final Duration limit;

    RequestStopped(Reason reason, Duration limit) {
        super(reason == Reason.TIME_LIMIT ? "The request took longer than its limit of " + limit.toSeconds() + " s."
                : "The client closed its connection before the answer was ready.", null, false, false);
        this.reason = reason;
        this.limit = limit;
    }

    public Reason reason() {
        return reason;
    }

    Duration limit() {
        return limit;
    }

    /** The stop among an error's causes, if it is one. */
    static RequestStopped in(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RequestStopped stopped) {
                return stopped;
            }
        }
        return null;
    }
}
