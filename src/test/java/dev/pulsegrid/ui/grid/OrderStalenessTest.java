package dev.pulsegrid.ui.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pulsegrid.cluster.ClusterSnapshot;
import dev.pulsegrid.cluster.NodeState;
import dev.pulsegrid.cluster.NodeView;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrderStalenessTest {
    private static NodeView node(int slot, NodeState state, Map<String, String> meta) {
        return new NodeView(slot, "n" + slot, state, 1, 1, null, meta, 0, 0, 0, 0, 0, 0, 0, "native", null, false);
    }

    private static ClusterSnapshot snap(long version, int[] changed, NodeView... nodes) {
        int count = 0;
        for (NodeView n : nodes) {
            count += n == null ? 0 : 1;
        }
        return new ClusterSnapshot(version, 0, 0, nodes, count, new int[NodeState.values().length], 0, null, changed, 0, 0);
    }

    private static final NodeView N0 = node(0, NodeState.ALIVE, Map.of("zone", "a"));
    private static final ClusterSnapshot BUILT = snap(1, null, N0, null);

    /** The snapshot after BUILT carrying one kind of change. */
    private static ClusterSnapshot next(String change) {
        return switch (change) {
            case "none" -> snap(2, new int[0], N0, null);
            case "state" -> snap(2, new int[] {0}, node(0, NodeState.SUSPECT, N0.meta()), null);
            case "meta" -> snap(2, new int[] {0}, node(0, NodeState.ALIVE, Map.of("zone", "b")), null);
            case "newNode" -> snap(2, new int[] {1}, N0, node(1, NodeState.ALIVE, Map.of()));
            case "skipped" -> snap(3, new int[0], N0, null);
            default -> throw new IllegalArgumentException(change);
        };
    }

    @ParameterizedTest(name = "{0} change, sort {1}, grouped {2}, after {3} frames: rebuild {4}")
    @CsvSource({
        "none,    FIRST_SEEN, false, 100, false",
        "state,   FIRST_SEEN, false, 100, false",
        "state,   STATE,      false, 29,  false",
        "state,   STATE,      false, 30,  true",
        "meta,    FIRST_SEEN, false, 100, false",
        "meta,    FIRST_SEEN, true,  29,  false",
        "meta,    FIRST_SEEN, true,  30,  true",
        "newNode, FIRST_SEEN, false, 11,  false",
        "newNode, FIRST_SEEN, false, 12,  true",
        "skipped, STATE,      false, 30,  true",
        "skipped, FIRST_SEEN, true,  30,  true",
        "none,    SILENCE,    false, 29,  false",
        "none,    SILENCE,    false, 30,  true",
    })
    void anOrderIsRebuiltOnlyWhenWhatItDependsOnChangedAndThenAtMostSoOften(
            String change, SortOrder sort, boolean grouped, int frames, boolean expected) {
        OrderStaleness o = new OrderStaleness();
        o.noteChanges(null, BUILT);
        o.rebuilt(BUILT.version());
        ClusterSnapshot s = next(change);
        o.noteChanges(BUILT, s);
        for (int i = 0; i < frames; i++) {
            o.frame();
        }
        assertEquals(expected, o.due(sort, NodeFilter.ALL, grouped, s));
    }

    @Test
    void anOperatorsChangeRebuildsOnTheNextFrame() {
        OrderStaleness o = new OrderStaleness();
        assertTrue(o.due(SortOrder.FIRST_SEEN, NodeFilter.ALL, false, BUILT), "nothing built yet");
        o.rebuilt(BUILT.version());
        o.invalidate();
        assertTrue(o.due(SortOrder.FIRST_SEEN, NodeFilter.ALL, false, BUILT));
    }
}
