package dev.pulsegrid.journal;

import java.time.Duration;

/**
 * How much history the journal keeps. Rows older than their age limit are deleted; if the file still
 * uses more than {@code maxBytes}, the oldest arrivals go first (they are bulky and replaceable),
 * then the oldest events.
 *
 * @param eventMaxAge   events older than this are deleted
 * @param arrivalMaxAge arrival samples older than this are deleted
 * @param maxBytes      upper bound for the database's used pages; 0 means no size limit
 * @param interval      how often the writer enforces it in the background
 */
public record RetentionPolicy(Duration eventMaxAge, Duration arrivalMaxAge, long maxBytes, Duration interval) {
    /** 30 days of events, 24 h of arrivals, 1 GiB, checked every minute. */
    public static final RetentionPolicy DEFAULT =
            new RetentionPolicy(Duration.ofDays(30), Duration.ofHours(24), 1L << 30, Duration.ofMinutes(1));

    public RetentionPolicy {
        if (eventMaxAge.isNegative() || eventMaxAge.isZero() || arrivalMaxAge.isNegative() || arrivalMaxAge.isZero()) {
            throw new IllegalArgumentException("retention ages must be positive");
        }
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must be >= 0 (0 = unlimited): " + maxBytes);
        }
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("retention interval must be positive");
        }
    }
}
