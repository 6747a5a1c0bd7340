package dev.pulsegrid.protocol;

/**
 * Thrown by the encoders for a heartbeat that the decoder would refuse (or that would not fit the
 * send limit), so that we never put on the wire what we ourselves would drop.
 */
public final class InvalidHeartbeatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final DecodeError reason;

    public InvalidHeartbeatException(DecodeError reason, String message) {
        super(reason.name() + ": " + message);
        this.reason = reason;
    }

    /** The reason the decoder would give for the same content. */
    public DecodeError reason() {
        return reason;
    }
}
