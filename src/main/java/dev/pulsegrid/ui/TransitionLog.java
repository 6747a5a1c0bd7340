package dev.pulsegrid.ui;

import dev.pulsegrid.cluster.MembershipEvent;
import dev.pulsegrid.cluster.MembershipListener;
import dev.pulsegrid.cluster.NodeState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The recent story of each node, for the details panel and notifications. The
 * membership thread only enqueues events ({@link #onEvent}); the FX thread drains them in one bulk
 * step per pulse ({@link #drain}), bounded, so a storm of transitions never floods the FX thread
 * with runLater calls. Nodes that never changed state cost nothing. Flapping is judged by
 * membership (NodeView.flapping); this log only passes its start/end events on.
 */
public final class TransitionLog implements MembershipListener {
    /** Events kept per node for the details panel; more would only cost memory in a storm. */
    static final int PER_NODE = 10;
    /**
     * Events taken per pulse: the rest wait for the next pulse. 2,000 is ~120,000 events/s at 60 fps,
     * more than a whole 100,000-node cluster changing state in a second, while one pulse's share stays
     * near a millisecond of FX-thread time (20,000 cost ~20 ms, a dropped frame, in a storm).
     */
    static final int DRAIN_LIMIT = 2_000;

    private final Queue<MembershipEvent> inbox = new ConcurrentLinkedQueue<>();
    private final Map<String, History> byNode = new HashMap<>();
    private long flappingVersion;
    private long stamps;

    /**
     * One node's recent events (newest last), held as columns rather than as the events themselves:
     * what the details panel shows (when, what, why) is 24 bytes an event here against 72 for a
     * MembershipEvent and its deque slot, and after an incident every node has a story: 100,000 nodes
     * that went SUSPECT and back twice kept ~520 bytes each, now ~210 (NodeHeapBenchmark
     * -Dbench.storm=100). The columns grow 2, 4, 8, then 10 and turn into a ring.
     */
    public static final class History {
        private final String nodeId;
        private long[] wall = new long[2];
        private long[] nanos = new long[2];
        /** kind ordinal, then from and to as ordinal + 1 (0 = none), a byte each. */
        private int[] what = new int[2];
        private String[] reason = new String[2];
        private int head;
        private int size;
        private long stamp;
        /** The reason of the flapping start in force, kept apart: a flapping node's transitions push it out. */
        private String flapReason;

        History(String nodeId) {
            this.nodeId = nodeId;
        }

        void add(MembershipEvent e, long stamp) {
            this.stamp = stamp;
            if (size == wall.length && size < PER_NODE) {
                int cap = Math.min(PER_NODE, size * 2);
                wall = java.util.Arrays.copyOf(wall, cap);
                nanos = java.util.Arrays.copyOf(nanos, cap);
                what = java.util.Arrays.copyOf(what, cap);
                reason = java.util.Arrays.copyOf(reason, cap);
            }
            int at;
            if (size < wall.length) {
                at = (head + size++) % wall.length;
            } else {
                at = head; // full at PER_NODE: the oldest makes room
                head = (head + 1) % wall.length;
            }
            wall[at] = e.wallMillis();
            nanos[at] = e.nanos();
            what[at] = e.kind().ordinal() | code(e.from()) << 8 | code(e.to()) << 16;
            reason[at] = e.reason();
            if (e.kind() == MembershipEvent.Kind.FLAPPING_START) {
                flapReason = e.reason();
            } else if (e.kind() == MembershipEvent.Kind.FLAPPING_END) {
                flapReason = null;
            }
        }

        private static int code(NodeState s) {
            return s == null ? 0 : s.ordinal() + 1;
        }

        private static NodeState state(int code) {
            return code == 0 ? null : NodeState.ofOrdinal(code - 1);
        }

        /** The events kept, oldest first, rebuilt without address, incarnation or metadata (the story does not show them). */
        public List<MembershipEvent> events() {
            List<MembershipEvent> out = new ArrayList<>(size);
            for (int k = 0; k < size; k++) {
                int i = (head + k) % wall.length;
                int w = what[i];
                out.add(new MembershipEvent(wall[i], nanos[i], MembershipEvent.Kind.values()[w & 0xFF], nodeId,
                        state(w >>> 8 & 0xFF), state(w >>> 16 & 0xFF), reason[i], null, 0, Map.of()));
            }
            return out;
        }

        /** Changes with every event added to any history: the details panel redraws its list only then. */
        public long stamp() {
            return stamp;
        }

        /** Why membership said the node is flapping ("flapping: 62% ..."), or null when it has not. */
        public String flapReason() {
            return flapReason;
        }
    }

    @Override
    public void onEvent(MembershipEvent event) {
        inbox.add(event);
    }

    /**
     * Moves queued events into the per-node histories; returns the news taken this time (for
     * notifications): transitions and flapping start/end, oldest first.
     */
    public List<MembershipEvent> drain() {
        List<MembershipEvent> news = new ArrayList<>();
        MembershipEvent e;
        int n = 0;
        while (n++ < DRAIN_LIMIT && (e = inbox.poll()) != null) {
            if (e.kind() == MembershipEvent.Kind.FORGOTTEN) {
                byNode.remove(e.nodeId());
                continue;
            }
            if (e.isTransition() && e.from() == null && !byNode.containsKey(e.nodeId())) {
                // A first contact is news for notifications but no story yet: keeping a history for every
                // node that ever said hello would cost ~0.5 KB per node at 100,000 nodes.
                news.add(e);
                continue;
            }
            History h = byNode.computeIfAbsent(e.nodeId(), History::new);
            h.add(e, ++stamps);
            boolean flap = e.kind() == MembershipEvent.Kind.FLAPPING_START || e.kind() == MembershipEvent.Kind.FLAPPING_END;
            if (flap) {
                flappingVersion++;
            }
            if (flap || e.isTransition()) {
                news.add(e);
            }
        }
        return news;
    }

    public History history(String nodeId) {
        return byNode.get(nodeId);
    }

    /** Grows with every flapping start/end taken, so the grid's marks are rebuilt only then. */
    public long flappingVersion() {
        return flappingVersion;
    }
}
