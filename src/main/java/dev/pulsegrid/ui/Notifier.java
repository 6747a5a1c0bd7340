package dev.pulsegrid.ui;

import dev.pulsegrid.cluster.MembershipEvent;
import dev.pulsegrid.cluster.NodeState;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Desktop notifications on transitions, collapsed in bursts: transitions are gathered and at most
 * one notification is shown per {@link #QUIET_NANOS}, naming the node when it is one, counting per
 * state when there are many. A node that starts flapping is told once ("web-1 is flapping") and its
 * transitions are left out until membership says it stopped (they would spam; the journal still has
 * every one). Each target state can be switched off. First contacts (null -> ALIVE) never notify.
 */
public final class Notifier {
    static final long QUIET_NANOS = 3_000_000_000L;

    private final BiConsumer<String, String> sink; // (title, text) on the FX thread
    private final Set<NodeState> enabled = EnumSet.of(NodeState.SUSPECT, NodeState.DEAD);
    private final List<MembershipEvent> pending = new ArrayList<>();
    /** Flapping now, as membership said: a handful of ids, or a storm's worth until it calms. */
    private final Set<String> flapping = new HashSet<>();
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

    /**
     * Takes this pulse's news (transitions and flapping start/end, oldest first); shows a collapsed
     * notification when the quiet time has passed.
     */
    void transitions(List<MembershipEvent> events, long nowNanos) {
        for (MembershipEvent e : events) {
            if (e.kind() == MembershipEvent.Kind.FLAPPING_START) {
                flapping.add(e.nodeId());
                pending.add(e);
            } else if (e.kind() == MembershipEvent.Kind.FLAPPING_END) {
                flapping.remove(e.nodeId());
            } else if (e.isTransition() && e.from() != null && enabled.contains(e.to()) && !flapping.contains(e.nodeId())) {
                pending.add(e);
            }
        }
        flush(nowNanos);
    }

    void flush(long nowNanos) {
        if (pending.isEmpty() || nowNanos - lastShownNanos < QUIET_NANOS) {
            return;
        }
        // A transition held back before its node started flapping is part of the flapping now.
        pending.removeIf(e -> e.isTransition() && flapping.contains(e.nodeId()));
        if (pending.isEmpty()) {
            return;
        }
        lastShownNanos = nowNanos;
        String[] msg = summarize(pending);
        pending.clear();
        sink.accept(msg[0], msg[1]);
    }

    /**
     * Title and text for a burst: "web-1 is DEAD" or "web-1 is flapping" for one, "12 transitions"
     * with counts per state (and of nodes that started flapping) for many.
     */
    static String[] summarize(List<MembershipEvent> burst) {
        if (burst.size() == 1) {
            MembershipEvent e = burst.get(0);
            if (e.kind() == MembershipEvent.Kind.FLAPPING_START) {
                return new String[] {e.nodeId() + " is flapping", e.reason()};
            }
            return new String[] {e.nodeId() + " is " + e.to(), e.from() + " → " + e.to() + ": " + e.reason()};
        }
        Map<NodeState, Integer> byState = new EnumMap<>(NodeState.class);
        int flaps = 0;
        for (MembershipEvent e : burst) {
            if (e.isTransition()) {
                byState.merge(e.to(), 1, Integer::sum);
            } else {
                flaps++;
            }
        }
        StringBuilder text = new StringBuilder();
        byState.forEach((s, n) -> text.append(text.length() == 0 ? "" : ", ").append(n).append(" now ").append(s));
        if (flaps > 0) {
            text.append(text.length() == 0 ? "" : ", ").append(flaps).append(" flapping");
        }
        int transitions = burst.size() - flaps;
        String title = flaps == 0 ? transitions + " transitions"
                : transitions == 0 ? flaps + " nodes flapping" : burst.size() + " changes";
        return new String[] {title, text.toString()};
    }
}
