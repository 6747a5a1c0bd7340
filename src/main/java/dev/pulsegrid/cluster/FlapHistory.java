package dev.pulsegrid.cluster;

import java.util.Arrays;

/**
 * One node's recent state-change times and whether it is flapping; Membership's private state,
 * touched only by its thread. Created at a node's first change (nodes that never change have
 * none), it starts with room for two changes and grows to {@link #CAPACITY}: a node that restarts
 * once a day holds two longs, not twenty-one.
 */
final class FlapHistory {
    /** Nagios weighs 21 samples (20 changes reach 100%); older changes could only be capped away. */
    static final int CAPACITY = FlapScore.MAX_CHANGES + 1;

    private long[] times = new long[2];
    private byte count;
    private byte next;
    /** Flapping now, as last judged. */
    boolean flapping;
    /** In Membership's list of flapping nodes that are re-judged as time passes. */
    boolean listed;

    void add(long nanos) {
        if (count == times.length && count < CAPACITY) {
            times = Arrays.copyOf(times, Math.min(CAPACITY, times.length * 2)); // not wrapped yet: next == count
        }
        times[next] = nanos;
        next = (byte) (next + 1 == CAPACITY ? 0 : next + 1); // wraps only once full grown
        if (count < CAPACITY) {
            count++;
        }
    }

    double percent(long nowNanos) {
        return FlapScore.percent(times, count, nowNanos, FlapScore.WINDOW_NANOS);
    }

    /** Changes held (for tests of the ring's size). */
    int held() {
        return count;
    }
}
