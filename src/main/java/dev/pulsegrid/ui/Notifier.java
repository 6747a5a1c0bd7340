package dev.pulsegrid.ui;

import dev.pulsegrid.cluster.MembershipEvent;
import dev.pulsegrid.cluster.NodeState;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Desktop notifications on transitions, collapsed in bursts: transitions are gathered and at most
 * one notification is shown per {@link #QUIET_NANOS}, naming the node when it is one, counting per
 * state when there are many. Flapping nodes are left out (they would spam), and each target state
 * can be switched off. First contacts (null -> ALIVE) never notify.
 */
public final class Notifier {
    static final long QUIET_NANOS = 3_000_000_000L;

    private final BiConsumer<String, String> sink; // (title, text) on the FX thread
    private final Set<NodeState> enabled = EnumSet.of(NodeState.SUSPECT, NodeState.DEAD);
    private final List<MembershipEvent> pending = new ArrayList<>();
    private long lastShownNanos = Long.MIN_VALUE / 2;

    public Notifier(BiConsumer<String, String> sink) {
        this.sink = sink;
    }

    /** Notifications that go nowhere: tests and headless runs. */
    public static Notifier off() {
        return new Notifier((t, x) -> { });
    }

    public Set<NodeState> enabled() {
        return enabled;
    }

    /** Takes this pulse's transitions; shows a collapsed notification when the quiet time has passed. */
    void transitions(List<MembershipEvent> events, TransitionLog log, long nowNanos) {
        for (MembershipEvent e : events) {
            if (e.from() != null && enabled.contains(e.to()) && !log.isFlapping(e.nodeId())) {
                pending.add(e);
            }
        }
        flush(nowNanos);
    }

    void flush(long nowNanos) {
        if (pending.isEmpty() || nowNanos - lastShownNanos < QUIET_NANOS) {
            return;
        }
        lastShownNanos = nowNanos;
        String[] msg = summarize(pending);
        pending.clear();
        sink.accept(msg[0], msg[1]);
    }

    /** Title and text for a burst: "web-1 is DEAD" for one, "12 nodes changed" with counts for many. */
    static String[] summarize(List<MembershipEvent> burst) {
        if (burst.size() == 1) {
            MembershipEvent e = burst.get(0);
            return new String[] {e.nodeId() + " is " + e.to(), e.from() + " → " + e.to() + ": " + e.reason()};
        }
        Map<NodeState, Integer> byState = new EnumMap<>(NodeState.class);
        for (MembershipEvent e : burst) {
            byState.merge(e.to(), 1, Integer::sum);
        }
        StringBuilder text = new StringBuilder();
        byState.forEach((s, n) -> text.append(text.length() == 0 ? "" : ", ").append(n).append(" now ").append(s));
        return new String[] {burst.size() + " transitions", text.toString()};
    }
}
