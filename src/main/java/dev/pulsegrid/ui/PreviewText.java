package dev.pulsegrid.ui;

import dev.pulsegrid.detect.Durations;
import dev.pulsegrid.replay.QosSummary;
import dev.pulsegrid.replay.WhatIf;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The words of the what-if preview: one line for the panel, one line per incident for its list. */
final class PreviewText {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private PreviewText() {
    }

    /** The candidate itself is on the controls (and in the incident list's title), so the line keeps to consequences. */
    static String of(WhatIf.Preview p, long horizonMs) {
        QosSummary q = p.qos();
        String head = "What-if: ";
        if (q.arrivals() == 0) {
            return head + "no heartbeat history yet.";
        }
        int detected = q.crashes() - q.undetected();
        String failures = detected == 0 ? "no failures to detect"
                : String.format(Locale.ROOT, "%d %s detected in %s median, %s worst", detected,
                detected == 1 ? "failure" : "failures", seconds(q.detectionMedianMs()), seconds(q.detectionMaxMs()));
        return String.format(Locale.ROOT, "%s%d %s change state now · last %s: %d false %s (%d DEAD) · %s",
                head, p.changingNow(), p.changingNow() == 1 ? "node would" : "nodes would",
                Durations.format(Duration.ofMillis(horizonMs)), q.falseSuspicions(),
                q.falseSuspicions() == 1 ? "suspicion" : "suspicions", q.falseDeads(), failures);
    }

    static String incident(WhatIf.Incident i) {
        String what = switch (i.kind()) {
            case DETECTED -> "failure detected after " + seconds(i.durationMs());
            case FALSE_DEAD -> "false DEAD, heard again after " + seconds(i.durationMs());
            case FALSE_SUSPECT -> "false SUSPECT, heard again after " + seconds(i.durationMs());
        };
        return clock(i.atMs()) + "  " + i.node() + "  " + what;
    }

    static String clock(long wallMillis) {
        return LocalTime.ofInstant(Instant.ofEpochMilli(wallMillis), ZoneId.systemDefault()).format(CLOCK);
    }

    static String seconds(double ms) {
        return Double.isNaN(ms) ? "-" : String.format(Locale.ROOT, "%.1fs", ms / 1000);
    }
}
