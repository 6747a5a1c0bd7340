package dev.pulsegrid.journal;

/** The journal cannot be opened, read or written; the message names the file and what to do. */
public final class JournalException extends RuntimeException {
    public JournalException(String message, Throwable cause) {
        super(message, cause);
    }

    public JournalException(String message) {
        super(message);
    }
}
