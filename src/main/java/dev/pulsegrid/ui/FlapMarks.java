package dev.pulsegrid.ui;

import dev.pulsegrid.cluster.ClusterSnapshot;
import dev.pulsegrid.cluster.NodeView;
import java.util.BitSet;

/**
 * Which grid slots carry the flapping mark, read from the snapshot's {@link NodeView#flapping()}.
 * The walk over every node is done only when a flapping start/end was seen or the slot range
 * changed, not per frame. An event can reach the FX thread before the snapshot that holds it, so a
 * change seen with snapshot v is rebuilt from a snapshot newer than v (or again, if it came first).
 */
final class FlapMarks {
    private long seenVersion;
    private long dueAtSnapshot = Long.MAX_VALUE;
    private int slotsFor = -1;

    /** The new marks when they must be rebuilt from {@code s}, else null. */
    BitSet update(ClusterSnapshot s, long flappingVersion) {
        if (flappingVersion != seenVersion) {
            seenVersion = flappingVersion;
            dueAtSnapshot = s.version();
        }
        if (s.version() < dueAtSnapshot && s.nodes().length == slotsFor) {
            return null;
        }
        if (s.version() > dueAtSnapshot) {
            dueAtSnapshot = Long.MAX_VALUE; // this snapshot is newer than every change seen: it holds them all
        }
        slotsFor = s.nodes().length;
        BitSet slots = new BitSet();
        for (NodeView v : s.nodes()) {
            if (v != null && v.flapping()) {
                slots.set(v.slot());
            }
        }
        return slots;
    }
}
