package dev.pulsegrid.cluster;

/** What the monitor currently believes about a node. */
public enum NodeState {
    /** Heartbeats arrive in time. */
    ALIVE,
    /** A heartbeat is overdue; not yet declared dead. */
    SUSPECT,
    /** Silent for longer than the dead threshold. */
    DEAD,
    /** Said goodbye on purpose. */
    LEFT;

    private static final NodeState[] VALUES = values();

    public static NodeState ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }
}
