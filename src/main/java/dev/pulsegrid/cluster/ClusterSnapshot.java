package dev.pulsegrid.cluster;

import dev.pulsegrid.detect.FailureDetector;
import java.util.Arrays;

/**
 * Everything a reader needs to draw or print the cluster at one instant. Immutable; published by
 * the membership thread at most 60 times a second and read by the UI once per frame.
 *
 * @param version        grows by one with every published snapshot
 * @param takenAtNanos   Clock.nanos when taken (compute silences against this, or against now)
 * @param takenAtWallMillis wall time when taken
 * @param nodes          by slot; entries may be null for slots that were forgotten
 * @param nodeCount      number of non-null entries
 * @param counts         nodes per state (length = NodeState.values().length)
 * @param heartbeatsPerSecond accepted heartbeats per second over the last second or so
 * @param detector       detector settings in force
 * @param changedSlots   slots whose NodeView changed since the previous snapshot (null = assume all)
 * @param selfPauseNanos while membership holds judgement after the monitor itself stalled, how long
 *                       that stall was; 0 otherwise
 * @param refusedOverCap messages from new node ids refused because the node cap was reached (total)
 */
public record ClusterSnapshot(
        long version,
        long takenAtNanos,
        long takenAtWallMillis,
        NodeView[] nodes,
        int nodeCount,
        int[] counts,
        double heartbeatsPerSecond,
        FailureDetector detector,
        int[] changedSlots,
        long selfPauseNanos,
        long refusedOverCap) {

    public static ClusterSnapshot empty(FailureDetector detector, long nanos, long wallMillis) {
        return new ClusterSnapshot(0, nanos, wallMillis, new NodeView[0], 0,
                new int[NodeState.values().length], 0.0, detector, new int[0], 0, 0);
    }

    /** True while judgement is held because the monitor itself was paused. */
    public boolean holdingJudgement() {
        return selfPauseNanos > 0;
    }

    public int count(NodeState s) {
        return counts[s.ordinal()];
    }

    /** Linear scan by id: for tests and one-off lookups, not per frame. */
    public NodeView find(String id) {
        for (NodeView v : nodes) {
            if (v != null && v.id().equals(id)) {
                return v;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "ClusterSnapshot[v" + version + ", " + nodeCount + " nodes, counts=" + Arrays.toString(counts) + "]";
    }
}
