package dev.pulsegrid.ui.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pulsegrid.cluster.NodeState;
import dev.pulsegrid.journal.EventKind;
import dev.pulsegrid.journal.JournalEvent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimelineTest {
    static JournalEvent tr(long at, String node, NodeState from, NodeState to) {
        return new JournalEvent(0, at, EventKind.TRANSITION, node, from, to, "", null, 0, Map.of());
    }

    @Test
    void transitionsBecomeSegmentsClippedToTheWindow() {
        Map<String, List<Timeline.Segment>> s = Timeline.segments(List.of(
                tr(50, "a", null, NodeState.ALIVE),
                tr(120, "b", NodeState.ALIVE, NodeState.SUSPECT),
                JournalEvent.monitor(130, EventKind.SETTINGS_CHANGE, "ignored"),
                tr(150, "a", NodeState.ALIVE, NodeState.SUSPECT),
                tr(170, "a", NodeState.SUSPECT, NodeState.DEAD)), 100, 200);
        assertEquals(List.of(new Timeline.Segment(100, 150, NodeState.ALIVE),
                new Timeline.Segment(150, 170, NodeState.SUSPECT),
                new Timeline.Segment(170, 200, NodeState.DEAD)), s.get("a"));
        assertEquals(List.of(new Timeline.Segment(100, 120, NodeState.ALIVE),
                new Timeline.Segment(120, 200, NodeState.SUSPECT)), s.get("b"), "before its first transition a node was in its from-state");
        assertEquals(List.of("a", "b"), List.copyOf(s.keySet()));
    }
}
