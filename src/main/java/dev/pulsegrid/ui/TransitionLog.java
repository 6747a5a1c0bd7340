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
 * The recent story of each node, for the details panel, flapping marks and notifications. The
 * membership thread only enqueues events ({@link #onEvent}); the FX thread drains them in one bulk
 * step per pulse ({@link #drain}), bounded, so a storm of transitions never floods the FX thread
 * with runLater calls. Nodes that never changed state cost nothing.
 */
public final class TransitionLog implements MembershipListener {
    /**
     * Transitions kept per node for the details panel; also the flap window's sample cap. 21 samples
     * are what Nagios weighs (20 changes reach 100%); more would only cost memory in a storm.
     */
    static final int PER_NODE = 21;
    /** Events taken per pulse: the rest wait for the next pulse. */
    static final int DRAIN_LIMIT = 20_000;

    private final Queue<MembershipEvent> inbox = new ConcurrentLinkedQueue<>();
    private final Map<String, History> byNode = new HashMap<>();
    private final java.util.Set<String> flapping = new java.util.HashSet<>();
    private long flappingVersion;

    /** One node's recent transitions (newest last) and its flapping state. */
    public static final class History {
        private final ArrayDeque<MembershipEvent> events = new ArrayDeque<>();
        private final long[] times = new long[PER_NODE];
        private int timeCount;
        private int timeNext;
        private boolean flapping;

        void add(MembershipEvent e) {
            if (events.size() == PER_NODE) {
                events.removeFirst();
            }
            events.addLast(e);
            if (e.isTransition() && e.from() != null) {
                times[timeNext] = e.nanos();
                timeNext = (timeNext + 1) % PER_NODE;
                timeCount = Math.min(PER_NODE, timeCount + 1);
            }
        }

        public List<MembershipEvent> events() {
            return new ArrayList<>(events);
        }

        public double flapPercent(long nowNanos) {
            return FlapScore.percent(times, timeCount, nowNanos, FlapScore.WINDOW_NANOS);
        }

        public boolean flapping() {
            return flapping;
        }

        boolean rejudge(long nowNanos) {
            boolean was = flapping;
            flapping = FlapScore.flapping(flapping, flapPercent(nowNanos));
            return was != flapping;
        }
    }

    @Override
    public void onEvent(MembershipEvent event) {
        inbox.add(event);
    }

    /**
     * Moves queued events into the per-node histories; returns the transitions taken this time
     * (for notifications), oldest first.
     */
    public List<MembershipEvent> drain(long nowNanos) {
        List<MembershipEvent> transitions = new ArrayList<>();
        MembershipEvent e;
        int n = 0;
        while (n++ < DRAIN_LIMIT && (e = inbox.poll()) != null) {
            if (e.kind() == MembershipEvent.Kind.FORGOTTEN) {
                byNode.remove(e.nodeId());
                if (flapping.remove(e.nodeId())) {
                    flappingVersion++;
                }
                continue;
            }
            if (e.isTransition() && e.from() == null && !byNode.containsKey(e.nodeId())) {
                // A first contact is news for notifications but no story yet: keeping a history for every
                // node that ever said hello would cost ~0.5 KB per node at 100,000 nodes.
                transitions.add(e);
                continue;
            }
            History h = byNode.computeIfAbsent(e.nodeId(), k -> new History());
            h.add(e);
            noteFlapping(e.nodeId(), h, nowNanos);
            if (e.isTransition()) {
                transitions.add(e);
            }
        }
        return transitions;
    }

    public History history(String nodeId) {
        return byNode.get(nodeId);
    }

    public boolean isFlapping(String nodeId) {
        History h = byNode.get(nodeId);
        if (h == null) {
            return false;
        }
        return h.flapping;
    }

    /** Re-judges flapping as time passes (changes age out of the window); cheap, call about once a second. */
    public void age(long nowNanos) {
        for (String id : List.copyOf(flapping)) {
            noteFlapping(id, byNode.get(id), nowNanos);
        }
    }

    private void noteFlapping(String id, History h, long nowNanos) {
        if (h.rejudge(nowNanos)) {
            if (h.flapping) {
                flapping.add(id);
            } else {
                flapping.remove(id);
            }
            flappingVersion++;
        }
    }

    /** Ids of nodes flapping now (small: a handful, or the whole cluster in a storm). */
    public java.util.Set<String> flappingIds() {
        return java.util.Collections.unmodifiableSet(flapping);
    }

    /** Grows whenever the flapping set changes, so readers rebuild only then. */
    public long flappingVersion() {
        return flappingVersion;
    }
}
