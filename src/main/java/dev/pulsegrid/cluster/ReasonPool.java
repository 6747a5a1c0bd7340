package dev.pulsegrid.cluster;

/**
 * One copy of each recent event reason. Reasons repeat: a storm of suspicions writes "no heartbeat
 * for 3.1s (suspect after 3s)" for thousands of nodes, and whoever keeps events (the GUI's per-node
 * story, the journal's queue) would otherwise hold a fresh ~90-byte string per event — at 100,000
 * nodes with ten kept events each, most of a kilobyte per node. Direct-mapped, so bounded and O(1):
 * a reason whose slot another took is simply not shared. Membership thread only.
 */
final class ReasonPool {
    static final int SLOTS = 1024;

    private final String[] slots = new String[SLOTS];

    /** {@code reason}, or an equal string handed out before. */
    String share(String reason) {
        int i = reason.hashCode() & (SLOTS - 1);
        String known = slots[i];
        if (reason.equals(known)) {
            return known;
        }
        slots[i] = reason;
        return reason;
    }
}
