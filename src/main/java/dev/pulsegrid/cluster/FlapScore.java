package dev.pulsegrid.cluster;

/**
 * Nagios-style flap detection, adapted from "the last 21 checks" to "the transitions of the last
 * window": each state change in the window counts with a weight from 0.8 (oldest) to 1.2 (newest),
 * as Nagios weighs recent changes more; the sum over 20 possible changes is the percentage. A node
 * starts flapping above {@link #HIGH} and stops only below {@link #LOW}, so it does not flap in and
 * out of flapping. Pure functions.
 */
public final class FlapScore {
    /** Nagios compares 21 samples, i.e. at most 20 changes. */
    public static final int MAX_CHANGES = 20;
    public static final double HIGH = 50.0;
    public static final double LOW = 25.0;
    /** Two minutes: a node cycling through SUSPECT every 10 s is flapping; a restart a day is not. */
    public static final long WINDOW_NANOS = 120_000_000_000L;

    private FlapScore() {
    }

    /**
     * @param changeNanos times of state changes (any order); entries outside the window are ignored
     * @param count       how many entries of {@code changeNanos} are valid
     * @return weighted state-change percentage, 0..100
     */
    public static double percent(long[] changeNanos, int count, long nowNanos, long windowNanos) {
        double sum = 0;
        for (int i = 0; i < count; i++) {
            long age = nowNanos - changeNanos[i];
            if (age < 0 || age >= windowNanos) {
                continue;
            }
            sum += weight(age, windowNanos);
        }
        return Math.min(100.0, sum * 100.0 / MAX_CHANGES);
    }

    /** 1.2 for a change just now, falling linearly to 0.8 at the edge of the window. */
    public static double weight(long ageNanos, long windowNanos) {
        return 1.2 - 0.4 * ((double) ageNanos / windowNanos);
    }

    /** Hysteresis: start above HIGH, stop below LOW, otherwise stay as it was. */
    public static boolean flapping(boolean wasFlapping, double percent) {
        if (wasFlapping) {
            return percent >= LOW;
        }
        return percent > HIGH;
    }

    /**
     * The score as journal, {@code watch} and details say it: "62% weighted state change in 2m".
     * Whole percent rounded down, so a node that stopped below {@link #LOW} never reads "25%".
     */
    public static String describe(double percent) {
        return (long) Math.floor(percent) + "% weighted state change in " + WINDOW_NANOS / 60_000_000_000L + "m";
    }
}
