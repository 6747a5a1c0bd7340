package dev.pulsegrid.journal;

import java.io.IOException;
import java.io.Writer;

/** CSV rows; the columns are documented in docs/EXPORT.md and fixed by {@link #EVENT_HEADER}/{@link #ARRIVAL_HEADER}. */
final class CsvRows implements RowFormat {
    static final String EVENT_HEADER = "id,time,wall_ms,kind,node,from,to,reason,address,incarnation,meta";
    /** The replay trace format (issue 4): exactly this header, then one sample per line. */
    static final String ARRIVAL_HEADER = "node,arrival_ms";

    private final ExportRows rows;
    private final IsoMillis time = new IsoMillis();
    private final StringBuilder line = new StringBuilder(256);
    private char[] chars = new char[256];

    CsvRows(ExportRows rows) {
        this.rows = rows;
    }

    @Override
    public void start(Writer out) throws IOException {
        out.write(rows == ExportRows.EVENTS ? EVENT_HEADER : ARRIVAL_HEADER);
        out.write('\n');
    }

    @Override
    public void event(Writer out, EventRow e) throws IOException {
        StringBuilder r = line;
        r.setLength(0);
        r.append(e.id).append(',');
        time.appendTo(r, e.wallMillis);
        r.append(',').append(e.wallMillis).append(',').append(e.kind).append(',');
        Csv.append(r, e.node);
        r.append(',');
        Csv.append(r, e.from);
        r.append(',');
        Csv.append(r, e.to);
        r.append(',');
        Csv.append(r, e.reason);
        r.append(',');
        Csv.append(r, e.address);
        r.append(',').append(e.incarnation).append(',');
        Csv.append(r, e.metaJson);
        r.append('\n');
        write(out, r);
    }

    /** One Writer call per row: per-field calls cost more than the formatting (export profile). */
    private void write(Writer out, StringBuilder r) throws IOException {
        int n = r.length();
        if (chars.length < n) {
            chars = new char[Math.max(n, chars.length * 2)];
        }
        r.getChars(0, n, chars, 0);
        out.write(chars, 0, n);
    }

    @Override
    public boolean arrival(Writer out, String nodeId, long arrivalMillis) throws IOException {
        // The trace format (docs/TRACE.md) is not RFC 4180: ids go in verbatim, and those it cannot hold are skipped.
        if (!traceSafe(nodeId)) {
            return false;
        }
        StringBuilder r = line;
        r.setLength(0);
        r.append(nodeId).append(',').append(arrivalMillis).append('\n');
        write(out, r);
        return true;
    }

    /**
     * Whether replay reads this id back unchanged: no comma (the field separator), no line break, no
     * leading '#' (a comment line) and no surrounding spaces (stripped by the reader).
     */
    static boolean traceSafe(String id) {
        return !id.isEmpty() && id.indexOf(',') < 0 && id.indexOf('\n') < 0 && id.indexOf('\r') < 0
                && id.charAt(0) != '#' && id.strip().length() == id.length();
    }
}
