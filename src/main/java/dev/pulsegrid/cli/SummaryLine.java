package dev.pulsegrid.cli;

import dev.pulsegrid.cluster.ClusterSnapshot;
import dev.pulsegrid.cluster.NodeState;
import dev.pulsegrid.net.IngestHealth;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The short periodic status line {@code watch} prints on stderr. */
final class SummaryLine {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private SummaryLine() {
    }

    /** The cluster's counts, then the ingest totals and rates of one health reading. */
    static String format(ClusterSnapshot s, IngestHealth health, long printerDropped) {
        long kernelDrops = health.kernelDrops();
        StringBuilder b = new StringBuilder(120);
        b.append(TIME.format(Instant.ofEpochMilli(s.takenAtWallMillis())))
                .append(" nodes ").append(s.nodeCount()).append(':');
        for (NodeState st : NodeState.values()) {
            b.append(' ').append(st.name().toLowerCase(Locale.ROOT)).append(' ').append(s.count(st));
        }
        b.append(String.format(Locale.ROOT, " | %.1f hb/s", s.heartbeatsPerSecond()));
        long rejected = health.rejected();
        b.append(" | rejected ").append(rejected);
        if (rejected > 0) {
            b.append(" (").append(health.rejectsText()).append(')');
        }
        if (s.refusedOverCap() > 0) {
            b.append(" | refused over node cap ").append(s.refusedOverCap());
        }
        b.append(" | kernel drops ").append(kernelDrops < 0 ? "n/a" : Long.toString(kernelDrops));
        if (printerDropped > 0) {
            b.append(" | output dropped ").append(printerDropped);
        }
        return b.append(" | ").append(health.line()).toString();
    }
}
