package dev.pulsegrid.detect;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads and writes durations the way operators type them: {@code 500ms}, {@code 3s}, {@code 1.5s}, {@code 2m}, {@code 1h}, {@code 7d}. */
public final class Durations {
    private static final Pattern FORM = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h|d)");

    private Durations() {
    }

    /** @throws IllegalArgumentException naming the accepted forms when the text is not one of them */
    public static Duration parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("missing duration: use e.g. 500ms, 3s, 2m, 1h");
        }
        Matcher m = FORM.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration: use e.g. 500ms, 3s, 1.5s, 2m, 1h");
        }
        double amount = Double.parseDouble(m.group(1));
        double millis = switch (m.group(2)) {
            case "ms" -> amount;
            case "s" -> amount * 1_000;
            case "m" -> amount * 60_000;
            case "h" -> amount * 3_600_000;
            default -> amount * 86_400_000; // days: false-alarm budgets are "one per day/week"

        };
        if (millis > Long.MAX_VALUE / 1_000_000.0) {
            throw new IllegalArgumentException("'" + text + "' is too long a duration");
        }
        return Duration.ofNanos(Math.round(millis * 1_000_000));
    }

    /** The shortest exact form: 500ms, 3s, 1.5s, 2m, 1h; falls back to ms. */
    public static String format(Duration d) {
        long ms = d.toMillis();
        if (ms % 86_400_000 == 0 && ms != 0) {
            return ms / 86_400_000 + "d";
        }
        if (ms % 3_600_000 == 0 && ms != 0) {
            return ms / 3_600_000 + "h";
        }
        if (ms % 60_000 == 0 && ms != 0) {
            return ms / 60_000 + "m";
        }
        if (ms % 1000 == 0) {
            return ms / 1000 + "s";
        }
        if (ms >= 1000 && ms % 100 == 0) {
            return ms / 1000 + "." + (ms % 1000) / 100 + "s";
        }
        return ms + "ms";
    }

    /**
     * Seconds with one decimal, for reasons: "3.2s". Integer arithmetic on purpose: it runs for every
     * transition on the membership thread, and String.format costs microseconds.
     */
    public static String seconds(long nanos) {
        long tenths = Math.floorDiv(nanos + 50_000_000L, 100_000_000L);
        String sign = tenths < 0 ? "-" : "";
        long abs = Math.abs(tenths);
        return sign + abs / 10 + "." + abs % 10 + "s";
    }
}
