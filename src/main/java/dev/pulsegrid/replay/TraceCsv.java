package dev.pulsegrid.replay;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.Locale;

/**
 * The trace format of docs/TRACE.md: {@code node,arrival_ms} lines, an optional header, {@code #}
 * comments, and {@code node,crash_ms,crash} lines marking known crashes. Any order.
 */
public final class TraceCsv {
    private TraceCsv() {
    }

    /** A line that is not in the trace format, with its number and the fix. */
    public static final class FormatException extends IOException {
        private static final long serialVersionUID = 1L;

        public FormatException(int line, String problem) {
            super("trace line " + line + ": " + problem
                    + " (expected 'node,arrival_ms' or 'node,crash_ms,crash'; see docs/TRACE.md)");
        }
    }

    public static Trace read(Reader in) throws IOException {
        Trace.Builder b = new Trace.Builder();
        BufferedReader r = in instanceof BufferedReader br ? br : new BufferedReader(in, 1 << 16);
        String line;
        int no = 0;
        boolean first = true;
        while ((line = r.readLine()) != null) {
            no++;
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            boolean header = first;
            first = false;
            int c1 = s.indexOf(',');
            if (c1 <= 0) {
                throw new FormatException(no, "no node id before a comma in '" + clip(s) + "'");
            }
            int c2 = s.indexOf(',', c1 + 1);
            String node = s.substring(0, c1).strip();
            String time = (c2 < 0 ? s.substring(c1 + 1) : s.substring(c1 + 1, c2)).strip();
            String kind = c2 < 0 ? "" : s.substring(c2 + 1).strip().toLowerCase(Locale.ROOT);
            long ms;
            try {
                ms = Long.parseLong(time);
            } catch (NumberFormatException e) {
                if (header && kind.isEmpty() && !time.isEmpty() && !Character.isDigit(time.charAt(0))) {
                    continue; // header such as node,arrival_ms
                }
                throw new FormatException(no, "'" + clip(time) + "' is not a time in whole milliseconds");
            }
            if (ms < 0) {
                throw new FormatException(no, "negative time " + ms);
            }
            switch (kind) {
                case "", "arrival" -> b.arrival(node, ms);
                case "crash" -> b.crash(node, ms);
                case "end" -> b.span(ms);
                default -> throw new FormatException(no, "unknown mark '" + clip(kind) + "' (known: crash, end)");
            }
        }
        return b.build();
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    /** Writes a trace back: header, arrivals node by node, then crash marks and the end mark. */
    public static void write(Trace t, Writer out) throws IOException {
        out.write("node,arrival_ms\n");
        StringBuilder sb = new StringBuilder(64);
        for (int i = 0; i < t.nodeCount(); i++) {
            for (long a : t.arrivals(i)) {
                sb.setLength(0);
                sb.append(t.node(i)).append(',').append(a).append('\n');
                out.append(sb);
            }
        }
        for (int i = 0; i < t.nodeCount(); i++) {
            for (long c : t.crashes(i)) {
                out.write(t.node(i) + "," + c + ",crash\n");
            }
        }
        if (t.nodeCount() > 0) {
            out.write("*," + t.endMs() + ",end\n");
        }
    }
}
