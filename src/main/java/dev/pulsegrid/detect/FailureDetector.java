package dev.pulsegrid.detect;

/**
 * A failure detector as immutable settings plus pure functions of a node's arrival history.
 *
 * <p>Every detector here is monotonic in silence: the longer since the last heartbeat, the more
 * suspicious. So each can answer "after how long a silence does this node become SUSPECT, and DEAD?"
 * and membership turns those answers into per-node deadlines instead of polling every node.
 */
public interface FailureDetector {

    /** Silence (ns after the last heartbeat) at which the node becomes SUSPECT. */
    long suspectAfterNanos(ArrivalWindow history);

    /** Silence (ns after the last heartbeat) at which the node becomes DEAD; >= suspect-after. */
    long deadAfterNanos(ArrivalWindow history);

    /**
     * How close the node is to being declared dead, 0.0 just after a heartbeat, 1.0 at the dead
     * threshold (may exceed 1). Drives the draining fill in the grid.
     */
    default double suspicionLevel(long silenceNanos, ArrivalWindow history) {
        long dead = deadAfterNanos(history);
        return dead <= 0 ? 1.0 : Math.max(0.0, (double) silenceNanos / dead);
    }

    /** How many inter-arrival samples each node keeps for this detector. */
    int windowSize();

    /** Short human description for reasons and logs, e.g. "fixed suspect-after 3s dead-after 10s". */
    String describe();
}
