package dev.pulsegrid.ui;

import dev.pulsegrid.cluster.MembershipEvent;
import dev.pulsegrid.cluster.MembershipListener;
import java.util.ArrayDeque;
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

    /** One node's recent events (newest last). */
    public static final class History {
        // sized to the cap: the default 16 slots are 24 bytes more per node with a story
        private final ArrayDeque<MembershipEvent> events = new ArrayDeque<>(PER_NODE);
        /** The reason of the flapping start in force, kept apart: a flapping node's transitions push it out. */
        private String flapReason;

        void add(MembershipEvent e) {
            if (events.size() == PER_NODE) {
                events.removeFirst();
            }
            // The story shows when, what and why; address and metadata would pin one more copy per event.
            events.addLast(!e.hasAddress() && (e.meta() == null || e.meta().isEmpty()) ? e
                    : new MembershipEvent(e.wallMillis(), e.nanos(), e.kind(), e.nodeId(), e.from(), e.to(), e.reason(),
                            null, e.incarnation(), java.util.Map.of()));
            if (e.kind() == MembershipEvent.Kind.FLAPPING_START) {
                flapReason = e.reason();
            } else if (e.kind() == MembershipEvent.Kind.FLAPPING_END) {
                flapReason = null;
            }
        }

        public List<MembershipEvent> events() {
            return new ArrayList<>(events);
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
            History h = byNode.computeIfAbsent(e.nodeId(), k -> new History());
            h.add(e);
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
