package dev.pulsegrid.protocol;

/**
 * Byte offsets of the binary v1 form (docs/PROTOCOL.md, "Binary form"). Fixed-size fields come
 * first so that a reader finds them at constant offsets; variable-length fields follow.
 */
final class BinaryLayout {
    static final byte MAGIC_0 = 0x50; // 'P'
    static final byte MAGIC_1 = 0x47; // 'G'
    static final int VERSION = 1;

    static final int OFF_VERSION = 2;
    static final int OFF_TYPE = 3;
    static final int OFF_FLAGS = 4;
    static final int OFF_INCARNATION = 5;
    static final int OFF_SEQUENCE = 13;
    static final int OFF_SENT_AT = 21;
    static final int OFF_INTERVAL = 29;
    static final int OFF_NODE_ID_LEN = 33;
    static final int OFF_NODE_ID = 34;

    /** Header, a 1-byte node id and a zero metadata count. */
    static final int MIN_SIZE = OFF_NODE_ID + 1 + 1;

    /** Flag bit 0: gossip entries follow the metadata (reserved for a later version, issue 6). */
    static final int FLAG_GOSSIP = 0x01;
    /** Flag bit 1: an authentication trailer ends the datagram (BinarySignature). */
    static final int FLAG_AUTH = 0x02;
    static final int KNOWN_FLAGS = FLAG_GOSSIP | FLAG_AUTH;

    /**
     * @return the flags byte of a datagram that starts with the v1 magic and version, or -1 when
     *         {@code buf[base, end)} is too short or not v1 (the decoder then says why)
     */
    static int readFlags(java.nio.ByteBuffer buf, int base, int end) {
        if (end - base <= OFF_FLAGS || buf.get(base) != MAGIC_0 || buf.get(base + 1) != MAGIC_1
                || (buf.get(base + OFF_VERSION) & 0xFF) != VERSION) {
            return -1;
        }
        return buf.get(base + OFF_FLAGS) & 0xFF;
    }

    private BinaryLayout() {
    }
}
