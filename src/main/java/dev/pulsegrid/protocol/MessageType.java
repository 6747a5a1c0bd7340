package dev.pulsegrid.protocol;

/** What a datagram says about its sender. Wire codes are part of protocol v1 (docs/PROTOCOL.md). */
public enum MessageType {
    /** "I am alive": sent every interval. */
    HEARTBEAT(1),
    /** Graceful goodbye: the node is leaving on purpose and should be shown LEFT, not DEAD. */
    LEAVE(2);

    private final int code;

    MessageType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** @return the type for a wire code, or null when the code is unknown. */
    public static MessageType fromCode(int code) {
        return switch (code) {
            case 1 -> HEARTBEAT;
            case 2 -> LEAVE;
            default -> null;
        };
    }
}
