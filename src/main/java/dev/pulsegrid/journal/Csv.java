package dev.pulsegrid.journal;

import java.io.IOException;
import java.io.Writer;

/** RFC 4180 fields: quoted only when they hold a comma, quote, CR or LF; quotes doubled. */
final class Csv {
    private Csv() {
    }

    static String escape(String value) {
        if (value == null) {
            return "";
        }
        if (!needsQuotes(value)) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    static void field(Writer out, String value) throws IOException {
        if (value == null) {
            return;
        }
        if (!needsQuotes(value)) {
            out.write(value);
            return;
        }
        out.write(escape(value));
    }

    /** Appends the field to a row being built; empty for null. */
    static void append(StringBuilder row, String value) {
        if (value == null) {
            return;
        }
        if (!needsQuotes(value)) {
            row.append(value);
            return;
        }
        row.append('"');
        int from = 0;
        for (int q = value.indexOf('"'); q >= 0; q = value.indexOf('"', q + 1)) {
            row.append(value, from, q + 1).append('"');
            from = q + 1;
        }
        row.append(value, from, value.length()).append('"');
    }

    // indexOf is vectorised by the JIT; a charAt loop showed up in the export profile.
    private static boolean needsQuotes(String s) {
        return s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
    }
}
