package dev.pulsegrid.net;

import org.slf4j.Logger;

/**
 * A warning logged at most once per ten seconds: a flood of bad input must be counted, not turned
 * into a flood of log lines. Owned by one event-loop thread.
 */
public final class RareWarning {
    private static final long QUIET_NANOS = 10_000_000_000L;
    private final Logger log;
    private final String what;
    private long lastNanos = Long.MIN_VALUE;

    public RareWarning(Logger log, String what) {
        this.log = log;
        this.what = what;
    }

    public void log(Throwable t) {
        long now = System.nanoTime();
        if (lastNanos == Long.MIN_VALUE || now - lastNanos > QUIET_NANOS) {
            lastNanos = now;
            log.warn(what + " (counted; further ones suppressed for 10s)", t);
        }
    }
}
