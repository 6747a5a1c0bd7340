package dev.pulsegrid.journal;

import java.io.IOException;
import java.io.Writer;

/** How one export format writes rows; one instance per export (not thread-safe). */
interface RowFormat {
    static RowFormat of(ExportFormat format, ExportRows rows) {
        return format == ExportFormat.CSV ? new CsvRows(rows) : new JsonlRows();
    }

    /** Written once before the first row (CSV header), possibly nothing. */
    void start(Writer out) throws IOException;

    void event(Writer out, EventRow e) throws IOException;

    /** @return false when the row cannot be written in this format and was skipped */
    boolean arrival(Writer out, String nodeId, long arrivalMillis) throws IOException;

    /** Flushes anything buffered inside the format itself. */
    default void finish(Writer out) throws IOException {
    }
}
