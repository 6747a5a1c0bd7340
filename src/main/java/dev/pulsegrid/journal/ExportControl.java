package dev.pulsegrid.journal;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Progress and cancellation of one export, shared between the thread that exports and the one that
 * watches (the GUI's progress bar and Cancel button). Progress is reported every few thousand rows.
 */
public final class ExportControl {
    /** Told on the exporting thread; must not block (post to the UI, don't draw). */
    @FunctionalInterface
    public interface Progress {
        void update(long rowsWritten, long rowsTotal);
    }

    static final int REPORT_EVERY = 4_096;

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final java.util.concurrent.atomic.AtomicLong skipped = new java.util.concurrent.atomic.AtomicLong();
    private final Progress progress;

    public ExportControl(Progress progress) {
        this.progress = progress == null ? (w, t) -> { } : progress;
    }

    /** No progress reports, never cancelled unless {@link #cancel()} is called. */
    public static ExportControl none() {
        return new ExportControl(null);
    }

    /** Any thread: the export stops at its next row and leaves no file behind. */
    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /**
     * Rows left out because the format cannot hold them: arrival samples of nodes whose id cannot
     * appear in a replay trace (a comma, a leading '#', surrounding spaces). Shown to the operator.
     */
    public long skippedRows() {
        return skipped.get();
    }

    void skip() {
        skipped.incrementAndGet();
    }

    void report(long written, long total) {
        progress.update(written, total);
    }
}
