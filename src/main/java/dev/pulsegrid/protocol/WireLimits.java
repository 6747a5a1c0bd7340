package dev.pulsegrid.protocol;

/** Every size limit of protocol v1 in one place; docs/PROTOCOL.md quotes these numbers. */
public final class WireLimits {
    /** Largest datagram any Pulsegrid sender produces: fits a 1500-byte Ethernet MTU with IPv6 + UDP headers to spare. */
    public static final int MAX_SEND_BYTES = 1400;
    /** Largest datagram the decoder looks at; anything longer is refused unread. */
    public static final int MAX_DATAGRAM_BYTES = 8192;
    public static final int MAX_NODE_ID_BYTES = 255;
    public static final int MAX_META_ENTRIES = 32;
    public static final int MAX_META_KEY_BYTES = 64;
    public static final int MAX_META_VALUE_BYTES = 255;
    /** Deepest JSON nesting accepted (unknown fields may hold objects; hostile ones may not recurse forever). */
    public static final int MAX_JSON_DEPTH = 16;

    private WireLimits() {
    }
}
