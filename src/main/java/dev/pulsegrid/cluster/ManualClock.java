package dev.pulsegrid.cluster;

import java.time.Duration;

/** Virtual time for tests and simulations: it moves only when told to. Thread-safe for reads. */
public final class ManualClock implements Clock {
    private volatile long nanos;
    private volatile long wallMillis;

    public ManualClock() {
        this(1_000_000_000L, 1_700_000_000_000L);
    }

    public ManualClock(long startNanos, long startWallMillis) {
        this.nanos = startNanos;
        this.wallMillis = startWallMillis;
    }

    @Override
    public long nanos() {
        return nanos;
    }

    @Override
    public long wallMillis() {
        return wallMillis;
    }

    public synchronized void advance(Duration d) {
        advanceNanos(d.toNanos());
    }

    public synchronized void advanceMillis(long ms) {
        advanceNanos(ms * 1_000_000L);
    }

    public synchronized void advanceNanos(long delta) {
        if (delta < 0) {
            throw new IllegalArgumentException("time does not go backwards: " + delta);
        }
        nanos += delta;
        wallMillis += delta / 1_000_000L;
    }
}
