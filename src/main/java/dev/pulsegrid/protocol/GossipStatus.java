package dev.pulsegrid.protocol;

/**
 * What the sender of a gossip entry believes about that member. Informational for everyone but the
 * member itself: receivers judge freshness by the counter, a member that reads itself SUSPECT or
 * DEAD refutes it with a higher incarnation, and LEFT spreads a graceful goodbye. Wire codes are
 * part of docs/PROTOCOL.md.
 */
public enum GossipStatus {
    ALIVE(0),
    SUSPECT(1),
    DEAD(2),
    LEFT(3);

    private final int code;

    GossipStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** @return the status for a wire code, or null when the code is unknown */
    public static GossipStatus fromCode(int code) {
        return switch (code) {
            case 0 -> ALIVE;
            case 1 -> SUSPECT;
            case 2 -> DEAD;
            case 3 -> LEFT;
            default -> null;
        };
    }
}
