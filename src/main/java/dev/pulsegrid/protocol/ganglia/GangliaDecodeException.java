package dev.pulsegrid.protocol.ganglia;

/** A gmond datagram that was dropped, with the reason it is counted under. Stackless. */
public final class GangliaDecodeException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why a datagram was dropped; {@link #label()} is the counter name. */
    public enum Reason {
        /** A field runs past the end of the datagram. */
        TRUNCATED,
        /** The message id is not one of gmond 3.1+'s (128..136); e.g. a gmond 3.0 packet or garbage. */
        UNKNOWN_FORMAT,
        /** A field is impossible in itself (string longer than a datagram, empty metric name...). */
        MALFORMED;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    public GangliaDecodeException(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
