package dev.pulsegrid.protocol;

/**
 * Why a datagram was refused. Callers count rejects with {@code counts[error.ordinal()]++}, so the
 * order of constants is free to change but each constant's meaning is part of docs/PROTOCOL.md.
 */
public enum DecodeError {
    /** Empty, or shorter than the smallest message of its form. */
    TOO_SHORT,
    /** Longer than {@link WireLimits#MAX_DATAGRAM_BYTES}: refused before any parsing. */
    TOO_LARGE,
    /** Neither JSON (first non-blank byte '{') nor binary (first bytes "PG"). */
    BAD_MAGIC,
    /** Binary form with a version byte this decoder does not speak. */
    UNKNOWN_VERSION,
    /** Message type not HEARTBEAT(1) or LEAVE(2); in JSON, "type" not "heartbeat" or "leave". */
    UNKNOWN_TYPE,
    /** A flag bit that no version defines is set. */
    BAD_FLAGS,
    /** A flag announces a section (gossip entries, authentication trailer) v1 does not parse. */
    UNSUPPORTED_SECTION,
    /** A length or count points past the end of the datagram. */
    TRUNCATED,
    /** Bytes left over after the last field the flags announce. */
    TRAILING_BYTES,
    /** Node id empty, longer than 255 UTF-8 bytes, not valid UTF-8, or with a control character. */
    BAD_NODE_ID,
    /** More than 32 entries, a bad key or value, a duplicate key, or (JSON) a non-string value. */
    BAD_METADATA,
    /** A number outside its range: incarnation or sequence negative or above 2^63-1, interval above 2^31-1. */
    OUT_OF_RANGE,
    /** Not well-formed JSON, trailing content, nesting too deep, or a known field given twice. */
    BAD_JSON,
    /** A known JSON field with the wrong kind of value (e.g. "seq":"7" or "inc":1.5). */
    BAD_FIELD,
    /** JSON object without a usable "id". */
    MISSING_ID,
    /** Signed with a key id the receiver's keyring does not hold (or the receiver has no keyring). */
    UNKNOWN_KEY,
    /** The HMAC does not match: forged, altered in transit, or signed with a different secret under the same id. */
    BAD_SIGNATURE,
    /** Not signed, and the receiver runs with {@code --require-auth}. */
    UNSIGNED,
    /** Receiver policy: the source address is outside the {@code --allow} networks. */
    NOT_ALLOWED,
    /** Receiver policy: sent-at differs from the receiver's wall clock by more than {@code --max-clock-skew}. */
    CLOCK_SKEW,
    /**
     * A gossip entry (flag bit 0 section) with an unknown status or address kind, a zero port, or a
     * node id that repeats within the datagram or names the sender itself.
     */
    BAD_GOSSIP_ENTRY,
    /**
     * The decoder itself failed on this input (a bug, not the sender's fault). Counted separately so
     * it is visible instead of hidden among malformed input; the fuzz tests assert it never happens.
     */
    DECODER_FAULT;

    private static final DecodeError[] VALUES = values();

    /** The reasons in ordinal order, without the defensive copy {@link #values()} makes. */
    public static DecodeError byOrdinal(int ordinal) {
        return VALUES[ordinal];
    }

    public static int count() {
        return VALUES.length;
    }
}
