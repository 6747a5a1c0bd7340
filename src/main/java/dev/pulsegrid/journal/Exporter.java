package dev.pulsegrid.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;

/** Exports journal rows matching a query as CSV or JSON Lines, to a file (complete or absent) or a stream. */
public final class Exporter {
    private Exporter() {
    }

    /**
     * Writes the rows to {@code out} atomically: the file appears, complete, only when the export
     * finished; cancellation or failure leaves no file (and an existing one untouched).
     *
     * @return the number of rows written (rows the format cannot hold are counted in
     *         {@link ExportControl#skippedRows()} instead)
     * @throws ExportCancelledException when cancelled through {@code control}
     */
    public static long toFile(Journal journal, JournalQuery query, ExportRows rows, ExportFormat format, Path out,
                              ExportControl control) throws IOException {
        return AtomicFile.write(out, w -> toWriter(journal, query, rows, format, w, control));
    }

    /** Streams the rows to {@code out} (e.g. stdout) and flushes it; does not close it. */
    public static long toWriter(Journal journal, JournalQuery query, ExportRows rows, ExportFormat format, Writer out,
                                ExportControl control) throws IOException {
        RowFormat f = RowFormat.of(format, rows);
        long[] written = {0};
        try (JournalReader reader = new JournalReader(journal)) {
            long total = rows == ExportRows.EVENTS ? reader.countEvents(query) : reader.countArrivals(query);
            control.report(0, total);
            f.start(out);
            if (rows == ExportRows.EVENTS) {
                reader.forEachEventRow(query, e -> {
                    try {
                        f.event(out, e);
                    } catch (IOException ex) {
                        throw new UncheckedIOException(ex);
                    }
                    return step(control, ++written[0], total);
                });
            } else {
                long[] seen = {0};
                reader.forEachArrival(query, (node, ms) -> {
                    try {
                        if (f.arrival(out, node, ms)) {
                            written[0]++;
                        } else {
                            control.skip();
                        }
                    } catch (IOException ex) {
                        throw new UncheckedIOException(ex);
                    }
                    return step(control, ++seen[0], total);
                });
            }
            f.finish(out);
            out.flush();
            long done = written[0] + control.skippedRows();
            control.report(done, Math.max(total, done));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return written[0];
    }

    private static boolean step(ExportControl control, long written, long total) {
        if (control.isCancelled()) {
            throw new ExportCancelledException();
        }
        if (written % ExportControl.REPORT_EVERY == 0) {
            control.report(written, total);
        }
        return true;
    }
}
