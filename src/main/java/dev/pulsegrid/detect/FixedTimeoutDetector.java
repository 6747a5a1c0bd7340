package dev.pulsegrid.detect;

import java.time.Duration;

/**
 * The operator's classic: SUSPECT after a fixed silence, DEAD after a longer one. The default,
 * because it is what people reason about and tune by hand.
 *
 * <p>Defaults: with agents sending every 1 s, suspect-after 3 s tolerates two lost heartbeats in a
 * row before anyone is alarmed; dead-after 10 s leaves room for a short GC pause or network blip
 * while still declaring a crashed node within ten heartbeat intervals.
 */
public record FixedTimeoutDetector(Duration suspectAfter, Duration deadAfter) implements FailureDetector {

    public static final Duration DEFAULT_SUSPECT_AFTER = Duration.ofSeconds(3);
    public static final Duration DEFAULT_DEAD_AFTER = Duration.ofSeconds(10);
    /** Kept only for details views (recent gaps); the decision itself needs no history. */
    public static final int WINDOW = 64;

    public FixedTimeoutDetector {
        if (suspectAfter == null || deadAfter == null) {
            throw new IllegalArgumentException("suspect-after and dead-after are required");
        }
        if (suspectAfter.isNegative() || suspectAfter.isZero()) {
            throw new IllegalArgumentException("suspect-after must be positive, was " + suspectAfter);
        }
        if (deadAfter.compareTo(suspectAfter) < 0) {
            throw new IllegalArgumentException("dead-after (" + Durations.format(deadAfter)
                    + ") must not be shorter than suspect-after (" + Durations.format(suspectAfter) + ")");
        }
    }

    public static FixedTimeoutDetector defaults() {
        return new FixedTimeoutDetector(DEFAULT_SUSPECT_AFTER, DEFAULT_DEAD_AFTER);
    }

    @Override
    public long suspectAfterNanos(ArrivalWindow history) {
        return suspectAfter.toNanos();
    }

    @Override
    public long deadAfterNanos(ArrivalWindow history) {
        return deadAfter.toNanos();
    }

    @Override
    public int windowSize() {
        return WINDOW;
    }

    @Override
    public String describe() {
        return "fixed suspect-after " + Durations.format(suspectAfter) + " dead-after " + Durations.format(deadAfter);
    }
}
