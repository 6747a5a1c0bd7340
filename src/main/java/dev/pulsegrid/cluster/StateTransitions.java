package dev.pulsegrid.cluster;

import dev.pulsegrid.detect.Durations;

/**
 * Moves nodes between states for Membership, on its thread: keeps the per-state counts, tells the
 * listeners, marks the node for the next snapshot and feeds the flap judgement, so no state change
 * can skip one of them.
 */
final class StateTransitions {
    private final int[] counts = new int[NodeState.values().length];
    private final MembershipListeners listeners;
    private final SnapshotDelta delta;
    private final FlapTracker flaps = new FlapTracker(this::flapChanged);

    StateTransitions(MembershipListeners listeners, SnapshotDelta delta) {
        this.listeners = listeners;
        this.delta = delta;
    }

    /** {@code r} turns {@code to}; a null {@code r.state} is its first contact, which is no flap. */
    void move(NodeRecord r, NodeState to, String reason, long now) {
        NodeState from = r.state;
        if (from != null) {
            counts[from.ordinal()]--;
        }
        counts[to.ordinal()]++;
        r.state = to;
        r.stateSinceNanos = now;
        delta.markTransition();
        delta.markSlot(r.slot);
        listeners.emit(MembershipEvent.Kind.TRANSITION, r, from, to, reason, now);
        if (from != null) {
            flaps.changed(r, now);
        }
    }

    /** From every membership tick: lets flapping nodes that went quiet stop flapping. */
    void tick(long now) {
        flaps.tick(now);
    }

    /** {@code r} is being forgotten: it stops flapping, says so, and leaves the counts. */
    void forget(NodeRecord r, long now) {
        flaps.forget(r, now);
        listeners.emit(MembershipEvent.Kind.FORGOTTEN, r, r.state, r.state, "forgotten " + Durations.seconds(now - r.stateSinceNanos)
                + " after turning " + r.state, now);
        counts[r.state.ordinal()]--;
    }

    /** A copy of the number of nodes in each state, by {@link NodeState#ordinal()}. */
    int[] counts() {
        return counts.clone();
    }

    private void flapChanged(NodeRecord r, boolean start, String reason, long now) {
        delta.markSlot(r.slot);
        listeners.emit(start ? MembershipEvent.Kind.FLAPPING_START : MembershipEvent.Kind.FLAPPING_END, r, r.state, r.state, reason, now);
    }
}
