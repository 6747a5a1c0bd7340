package dev.pulsegrid.cluster;

/**
 * Heartbeats per second over roughly the last second: a counter that closes a window each time at
 * least a second has passed. Single-writer, no allocation.
 */
final class HeartbeatRate {
    private static final long WINDOW_NANOS = 1_000_000_000L;
    private long windowStart;
    private long inWindow;
    private double lastRate;

    HeartbeatRate(long nowNanos) {
        this.windowStart = nowNanos;
    }

    void count(long nowNanos) {
        roll(nowNanos);
        inWindow++;
    }

    double perSecond(long nowNanos) {
        roll(nowNanos);
        return lastRate;
    }

    private void roll(long now) {
        long elapsed = now - windowStart;
        if (elapsed >= WINDOW_NANOS) {
            // A window longer than 2 s means nothing arrived for a while: the rate is what came in it.
            lastRate = inWindow * 1e9 / elapsed;
            inWindow = 0;
            windowStart = now;
        }
    }
}
