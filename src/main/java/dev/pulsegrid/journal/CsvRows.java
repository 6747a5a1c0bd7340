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
        out.write(Long.toString(e.id));
        out.write(',');
        out.write(time.format(e.wallMillis));
        out.write(',');
        out.write(Long.toString(e.wallMillis));
        out.write(',');
        out.write(e.kind);
        out.write(',');
        Csv.field(out, e.node);
        out.write(',');
        Csv.field(out, e.from);
        out.write(',');
        Csv.field(out, e.to);
        out.write(',');
        Csv.field(out, e.reason);
        out.write(',');
        Csv.field(out, e.address);
        out.write(',');
        out.write(Long.toString(e.incarnation));
        out.write(',');
        Csv.field(out, e.metaJson);
        out.write('\n');
    }

    @Override
    public void arrival(Writer out, String nodeId, long arrivalMillis) throws IOException {
        Csv.field(out, nodeId);
        out.write(',');
        out.write(Long.toString(arrivalMillis));
        out.write('\n');
    }
}
