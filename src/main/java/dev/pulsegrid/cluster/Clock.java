package dev.pulsegrid.cluster;

/**
 * The only source of time in Pulsegrid's logic. Production uses {@link SystemClock}; tests and the
 * simulator use {@link ManualClock} so that timeouts are reached without sleeping.
 */
public interface Clock {
    /** Monotonic nanoseconds: for intervals and deadlines only, never shown as a date. */
    long nanos();

    /** Wall-clock Unix milliseconds: for timestamps shown to people and written to logs. */
    long wallMillis();
}
