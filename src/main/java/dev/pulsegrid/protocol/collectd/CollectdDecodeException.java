package dev.pulsegrid.protocol.collectd;

/**
 * A collectd datagram that was dropped, with the reason it is counted under. Stackless: a flood of
 * garbage must not cost a stack walk per datagram.
 */
public final class CollectdDecodeException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why a datagram was dropped; {@link #label()} is the counter name. */
    public enum Reason {
        /** A part header or part body runs past the end of the datagram. */
        TRUNCATED,
        /** A part is inconsistent in itself (bad length for its type, missing string terminator...). */
        MALFORMED,
        /** Signed or encrypted by a user that is not in the auth file. */
        UNKNOWN_USER,
        /** HMAC-SHA-256 signature does not match (wrong password or altered packet). */
        BAD_SIGNATURE,
        /** Decrypted payload fails its SHA-1 check (wrong password or altered packet). */
        BAD_ENCRYPTION,
        /** Values were unsigned but the receiver's security level demands a signature. */
        UNSIGNED,
        /** Values were not encrypted but the receiver's security level demands encryption. */
        UNENCRYPTED,
        /** A well-formed packet that carried no values from a named host (e.g. only notifications). */
        NO_VALUES;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    public CollectdDecodeException(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
