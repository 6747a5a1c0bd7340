package dev.pulsegrid.protocol;

/**
 * A refused datagram. Stackless and cheap: a flood of garbage must cost no more than parsing it,
 * so no stack trace is captured and the message is built only when someone asks for it.
 */
public final class DecodeException extends Exception {
    private static final long serialVersionUID = 1L;

    private final DecodeError reason;
    private final String detail;

    public DecodeException(DecodeError reason, String detail) {
        super(null, null, false, false);
        this.reason = reason;
        this.detail = detail;
    }

    public DecodeException(DecodeError reason) {
        this(reason, null);
    }

    public DecodeError reason() {
        return reason;
    }

    /** A short human explanation, or null; for logs and the ingest panel, never for control flow. */
    public String detail() {
        return detail;
    }

    @Override
    public String getMessage() {
        return detail == null ? reason.name() : reason.name() + ": " + detail;
    }
}
