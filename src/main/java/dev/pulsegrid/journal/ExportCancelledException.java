package dev.pulsegrid.journal;

/** The export was cancelled through its {@link ExportControl}; no output file was left behind. */
public final class ExportCancelledException extends RuntimeException {
    public ExportCancelledException() {
        super("export cancelled");
    }
}
