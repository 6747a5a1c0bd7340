package dev.pulsegrid.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pulsegrid.cluster.ClusterSnapshot;
import dev.pulsegrid.cluster.NodeState;
import dev.pulsegrid.cluster.NodeView;
import dev.pulsegrid.detect.FixedTimeoutDetector;
import dev.pulsegrid.replay.ArrivalHistory;
import dev.pulsegrid.replay.WhatIf;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The what-if covers the nodes the default judges: not those that left, nor those under a per-group override. */
class WhatIfPreviewerTest {
    private static final long NOW = 1_800_000_000_000L;

    private static NodeView node(int slot, String id, NodeState state, String override) {
        return new NodeView(slot, id, state, 1, 1, null, Map.of(), 0, NOW - 4_000, 0, 0, 0, 1000, 1, "native", null, false,
                override);
    }

    @Test
    void nodesUnderAnOverrideAndNodesThatLeftAreNotPreviewed() {
        ArrivalHistory h = new ArrivalHistory();
        for (long t = NOW - 60_000; t <= NOW - 4_000; t += 1000) {
            String[] ids = {"web-1", "db-1", "gone"};
            for (int slot = 0; slot < ids.length; slot++) {
                h.record(slot, ids[slot], t);
            }
        }
        NodeView[] nodes = {node(0, "web-1", NodeState.ALIVE, null), node(1, "db-1", NodeState.ALIVE, "role=db"),
            node(2, "gone", NodeState.LEFT, null)};
        ClusterSnapshot s = new ClusterSnapshot(1, 0, NOW - 4_000, nodes, 3, new int[NodeState.values().length], 0, null,
                null, 0, 0);

        WhatIf.Preview p = new WhatIfPreviewer(h, 1).preview(s, NOW,
                new FixedTimeoutDetector(Duration.ofSeconds(3), Duration.ofSeconds(10)));

        assertEquals(1, p.qos().nodes(), "only web-1 is judged by the default");
        assertEquals(1, p.changingNow(), "web-1, silent 4 s, would be SUSPECT under 3 s");
    }
}
