package dev.pulsegrid.ui.journal;

import dev.pulsegrid.cluster.NodeState;
import dev.pulsegrid.journal.EventKind;
import dev.pulsegrid.journal.JournalEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The timeline strip's model: per node, the state it was in over a time window, from its transitions. */
final class Timeline {
    /** {@code state} held from {@code startMillis} (inclusive) to {@code endMillis} (exclusive). */
    record Segment(long startMillis, long endMillis, NodeState state) {
    }

    private Timeline() {
    }

    /**
     * Segments per node (nodes in order of first appearance) within {@code [from, to)}. Before a node's
     * first transition in the window its state is the transition's {@code from}, when known.
     */
    static Map<String, List<Segment>> segments(List<JournalEvent> events, long from, long to) {
        Map<String, List<Segment>> out = new LinkedHashMap<>();
        Map<String, long[]> since = new LinkedHashMap<>();
        Map<String, NodeState> current = new LinkedHashMap<>();
        for (JournalEvent e : events) {
            if (e.kind() != EventKind.TRANSITION || e.nodeId() == null || e.to() == null) {
                continue;
            }
            long at = Math.max(from, Math.min(to, e.wallMillis()));
            String node = e.nodeId();
            out.computeIfAbsent(node, k -> new ArrayList<>());
            NodeState before = current.containsKey(node) ? current.get(node) : e.from();
            long start = since.containsKey(node) ? since.get(node)[0] : from;
            if (before != null && at > start) {
                out.get(node).add(new Segment(start, at, before));
            }
            current.put(node, e.to());
            since.put(node, new long[] {at});
        }
        for (Map.Entry<String, NodeState> c : current.entrySet()) {
            long start = since.get(c.getKey())[0];
            if (to > start) {
                out.get(c.getKey()).add(new Segment(start, to, c.getValue()));
            }
        }
        return out;
    }
}
