package dev.pulsegrid.journal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Formats Unix ms as {@code 2026-11-25T22:36:39.123Z} (UTC, always three fraction digits). Exports
 * print a million of these; rows of the same second reuse the formatted prefix. One per thread.
 */
final class IsoMillis {
    private static final DateTimeFormatter SECONDS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

    private long cachedSecond = Long.MIN_VALUE;
    private String cachedPrefix;
    private final char[] buf = new char[5];

    /** Appends the formatted time without building a String. */
    void appendTo(StringBuilder out, long millis) {
        long second = Math.floorDiv(millis, 1000);
        int ms = (int) Math.floorMod(millis, 1000);
        if (second != cachedSecond) {
            cachedPrefix = SECONDS.format(Instant.ofEpochSecond(second));
            cachedSecond = second;
        }
        out.append(cachedPrefix).append('.')
                .append((char) ('0' + ms / 100)).append((char) ('0' + ms / 10 % 10)).append((char) ('0' + ms % 10))
                .append('Z');
    }

    String format(long millis) {
        long second = Math.floorDiv(millis, 1000);
        int ms = (int) Math.floorMod(millis, 1000);
        if (second != cachedSecond) {
            cachedPrefix = SECONDS.format(Instant.ofEpochSecond(second));
            cachedSecond = second;
        }
        buf[0] = '.';
        buf[1] = (char) ('0' + ms / 100);
        buf[2] = (char) ('0' + ms / 10 % 10);
        buf[3] = (char) ('0' + ms % 10);
        buf[4] = 'Z';
        return cachedPrefix.concat(new String(buf));
    }
}
