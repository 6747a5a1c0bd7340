package dev.pulsegrid.cli;

import dev.pulsegrid.cluster.ClusterSnapshot;
import dev.pulsegrid.cluster.NodeState;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The short periodic status line {@code watch} prints on stderr. */
final class SummaryLine {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private SummaryLine() {
    }

    /**
     * @param rejects     non-zero rejected-datagram counts by reason
     * @param kernelDrops kernel receive-buffer drops since start, or -1 if unknown
     */
    static String format(ClusterSnapshot s, Map<?, Long> rejects, long kernelDrops, long printerDropped) {
        StringBuilder b = new StringBuilder(120);
        b.append(TIME.format(Instant.ofEpochMilli(s.takenAtWallMillis())))
                .append(" nodes ").append(s.nodeCount()).append(':');
        for (NodeState st : NodeState.values()) {
            b.append(' ').append(st.name().toLowerCase(Locale.ROOT)).append(' ').append(s.count(st));
        }
        b.append(String.format(Locale.ROOT, " | %.1f hb/s", s.heartbeatsPerSecond()));
        long rejected = rejects.values().stream().mapToLong(Long::longValue).sum();
        b.append(" | rejected ").append(rejected);
        if (rejected > 0) {
            b.append(rejects.entrySet().stream()
                    .map(e -> e.getKey().toString().toLowerCase(Locale.ROOT) + " " + e.getValue())
                    .collect(Collectors.joining(", ", " (", ")")));
        }
        if (s.refusedOverCap() > 0) {
            b.append(" | refused over node cap ").append(s.refusedOverCap());
        }
        b.append(" | kernel drops ").append(kernelDrops < 0 ? "n/a" : Long.toString(kernelDrops));
        if (printerDropped > 0) {
            b.append(" | output dropped ").append(printerDropped);
        }
        return b.toString();
    }
}
