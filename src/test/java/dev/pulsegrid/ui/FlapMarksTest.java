package dev.pulsegrid.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.pulsegrid.cluster.ClusterSnapshot;
import dev.pulsegrid.cluster.NodeState;
import dev.pulsegrid.cluster.NodeView;
import java.util.BitSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FlapMarksTest {
    private static NodeView node(int slot, boolean flapping) {
        return new NodeView(slot, "n" + slot, NodeState.ALIVE, 1, 1, null, Map.of(), 0, 0, 0, 0, 0, 0, 0, "native", null, flapping);
    }

    private static ClusterSnapshot snap(long version, NodeView... nodes) {
        return new ClusterSnapshot(version, 0, 0, nodes, nodes.length, new int[NodeState.values().length], 0, null, null, 0, 0);
    }

    private static BitSet bits(int... slots) {
        BitSet b = new BitSet();
        for (int s : slots) {
            b.set(s);
        }
        return b;
    }

    @Test
    void marksFollowTheSnapshotAndAreRebuiltOnlyWhenFlappingOrTheSlotsChanged() {
        FlapMarks marks = new FlapMarks();
        assertEquals(bits(1), marks.update(snap(1, node(0, false), node(1, true)), 0), "first look");
        assertNull(marks.update(snap(2, node(0, false), node(1, true)), 0), "nothing changed: no walk");
        assertEquals(bits(1), marks.update(snap(3, node(0, false), node(1, true), node(2, false)), 0), "a new slot");
    }

    @Test
    void aFlappingEventSeenBeforeItsSnapshotIsRebuiltAgainFromANewerOne() {
        FlapMarks marks = new FlapMarks();
        marks.update(snap(1, node(0, false)), 0);
        // The start event arrived; snapshot 1 was published before it and does not show it yet.
        assertEquals(bits(), marks.update(snap(1, node(0, false)), 1));
        assertEquals(bits(), marks.update(snap(1, node(0, false)), 1), "still due");
        assertEquals(bits(0), marks.update(snap(2, node(0, true)), 1));
        assertNull(marks.update(snap(2, node(0, true)), 1), "done");
        assertEquals(bits(), marks.update(snap(3, node(0, false)), 2), "and it ends");
    }
}
