package dev.pulsegrid.protocol.collectd;

/**
 * collectd's time units: the old parts carry whole seconds, the hi-res parts ({@code cdtime_t})
 * carry seconds in the upper 34 bits and a binary fraction (units of 2^-30 s) in the lower 30.
 */
public final class CollectdTime {
    private static final long FRACTION_MASK = (1L << 30) - 1;
    /** A day: an Interval beyond this is nonsense and would only disable the detector. */
    static final int MAX_INTERVAL_MILLIS = 86_400_000;

    private CollectdTime() {
    }

    /** Unsigned 2^-30-second units to milliseconds, without overflow for any 64-bit value. */
    public static long hiResToMillis(long cdtime) {
        long seconds = cdtime >>> 30;
        long fraction = cdtime & FRACTION_MASK;
        return seconds * 1000 + ((fraction * 1000) >>> 30);
    }

    /** Unsigned seconds to milliseconds, saturating instead of wrapping. */
    public static long secondsToMillis(long seconds) {
        return seconds < 0 || seconds > Long.MAX_VALUE / 1000 ? Long.MAX_VALUE : seconds * 1000;
    }

    /** An interval as the heartbeat's hint: 0 for none, at most a day. */
    public static int clampInterval(long millis) {
        return (int) Math.max(0, Math.min(MAX_INTERVAL_MILLIS, millis));
    }
}
