package dev.pulsegrid.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pulsegrid.cluster.NodeState;
import dev.pulsegrid.cluster.NodeView;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DetectionTimesTest {
    private static final long S = 1_000_000_000L;

    private static NodeView node(int slot, NodeState state, String role, double deadAfterSeconds) {
        Map<String, String> meta = role == null ? Map.of() : Map.of("role", role);
        return new NodeView(slot, "n" + slot, state, 1, 1, null, meta, 0, 0, 0, S, Math.round(deadAfterSeconds * S), 1000, 1,
                "native", null, false);
    }

    @ParameterizedTest(name = "{0} -> median {1}")
    @CsvSource(delimiter = ';', value = {
            "4;4",
            "4,9;4",      // even count: the lower middle, a time some node really has
            "9,4,6;6",
            "3,3,3,30;3",
    })
    void medianIsTheLowerMiddleOfTheSortedTimes(String times, long expected) {
        long[] t = java.util.Arrays.stream(times.split(",")).mapToLong(Long::parseLong).sorted().toArray();
        assertEquals(expected, DetectionTimes.median(t, t.length));
    }

    @Test
    void onlyNodesStillJudgedCountAndGroupsAreSummarisedMostNodesFirst() {
        NodeView[] nodes = {
                node(0, NodeState.ALIVE, "web", 4.1),
                node(1, NodeState.SUSPECT, "web", 3.9),
                node(2, NodeState.ALIVE, "web", 5.0),
                node(3, NodeState.ALIVE, "db", 30),
                node(4, NodeState.DEAD, "db", 99),   // already declared: no detection pending
                node(5, NodeState.LEFT, "web", 99),
                null,                                  // a forgotten slot
                node(7, NodeState.ALIVE, null, 10),
        };
        DetectionTimes t = DetectionTimes.of(nodes, "role");
        assertEquals(5, t.nodes());
        assertEquals(5 * S, t.median()); // 3.9 4.1 5 10 30
        assertEquals(30 * S, t.worst());
        assertEquals(List.of(
                new DetectionTimes.Group("web", 3, Math.round(4.1 * S), 5 * S),
                new DetectionTimes.Group("(none)", 1, 10 * S, 10 * S),
                new DetectionTimes.Group("db", 1, 30 * S, 30 * S)), t.groups());
        assertEquals("A crash would be declared after 5.0s (median), 30.0s at worst · role=web 4.1s · role=(none) 10.0s"
                + " · role=db 30.0s", t.line("role"));
        assertEquals("Detection time now (each node's dead-after under its detector), 5 nodes judged\n"
                + "role=web: 3 nodes, median 4.1s, worst 5.0s\nrole=(none): 1 nodes, median 10.0s, worst 10.0s\n"
                + "role=db: 1 nodes, median 30.0s, worst 30.0s", t.table("role"));
    }

    @Test
    void withoutGroupingOnlyTheClusterIsSummarisedAndAnEmptyClusterSaysNothing() {
        DetectionTimes t = DetectionTimes.of(new NodeView[] {node(0, NodeState.ALIVE, "web", 3)}, null);
        assertEquals("A crash would be declared after 3.0s (median), 3.0s at worst", t.line(null));
        assertEquals("", DetectionTimes.of(new NodeView[0], null).line(null));
    }
}
