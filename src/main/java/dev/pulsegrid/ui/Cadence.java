package dev.pulsegrid.ui;

import java.util.function.LongSupplier;

/**
 * "At most every so often" for work the window does on some pulses only (summary texts, flapping
 * marks, the scan for metadata keys). Counted in real time, not in pulses: pulses come 60 a second on
 * one screen, 144 on another and several hundred with the pulse uncapped, and a refresh meant for four
 * times a second ran fifty times under the benchmark. Real time, not the cluster's clock: this paces
 * drawing, and tests that hold the cluster's clock still must still see texts change.
 */
final class Cadence {
    private final long everyNanos;
    private final LongSupplier wallNanos;
    private long last;
    private boolean started;

    Cadence(long everyMillis) {
        this(everyMillis, System::nanoTime);
    }

    Cadence(long everyMillis, LongSupplier wallNanos) {
        this.everyNanos = everyMillis * 1_000_000L;
        this.wallNanos = wallNanos;
    }

    /** True the first time and then once the interval has passed since the last true; each true restarts it. */
    boolean due() {
        long now = wallNanos.getAsLong();
        if (started && now - last < everyNanos) {
            return false;
        }
        started = true;
        last = now;
        return true;
    }
}
