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

    private static boolean needsQuotes(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
