package dev.pulsegrid.journal;

import java.util.Locale;

/** File formats of an export; columns and fields are documented in docs/EXPORT.md. */
public enum ExportFormat {
    /** RFC 4180 CSV with a header line. */
    CSV("csv"),
    /** JSON Lines: one JSON object per line, no header. */
    JSONL("jsonl");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public static ExportFormat parse(String text) {
        for (ExportFormat f : values()) {
            if (f.extension.equals(text.trim().toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not an export format: use csv or jsonl");
    }
}
