package dev.pulsegrid.journal;

import dev.pulsegrid.cluster.NodeState;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * Reads text columns fast. sqlite-jdbc's getString copies through a direct ByteBuffer; getBytes plus
 * our own UTF-8 decode costs less (profiled with JFR on ExportBenchmark), and the few kind and state
 * names are matched to shared constants without decoding at all.
 */
final class ColumnText {
    private static final String[] KNOWN;
    private static final byte[][] KNOWN_BYTES;

    static {
        int n = EventKind.values().length + NodeState.values().length;
        KNOWN = new String[n];
        int i = 0;
        for (EventKind k : EventKind.values()) {
            KNOWN[i++] = k.name();
        }
        for (NodeState s : NodeState.values()) {
            KNOWN[i++] = s.name();
        }
        KNOWN_BYTES = new byte[n][];
        for (i = 0; i < n; i++) {
            KNOWN_BYTES[i] = KNOWN[i].getBytes(StandardCharsets.US_ASCII);
        }
    }

    private ColumnText() {
    }

    static String text(ResultSet rs, int column) throws SQLException {
        byte[] b = rs.getBytes(column);
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }

    /** A kind or state name as the shared constant string; other text decoded normally. */
    static String name(ResultSet rs, int column) throws SQLException {
        byte[] b = rs.getBytes(column);
        if (b == null) {
            return null;
        }
        for (int i = 0; i < KNOWN_BYTES.length; i++) {
            if (Arrays.equals(KNOWN_BYTES[i], b)) {
                return KNOWN[i];
            }
        }
        return new String(b, StandardCharsets.UTF_8);
    }
}
