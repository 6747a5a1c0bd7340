package dev.pulsegrid.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * Judges flapping for Membership, on its thread: every state change is counted in the node's
 * {@link FlapHistory} and judged at once; nodes flapping now are re-judged once a second from the
 * membership tick, because a node that goes quiet must stop flapping as its old changes age out of
 * the window (its score only falls between changes). Costs nothing for nodes that never change.
 */
final class FlapTracker {
    /** Told when a node starts or stops flapping; the reason carries the score. */
    interface Change {
        void flapping(NodeRecord r, boolean start, String reason, long nowNanos);
    }

    /** Falling scores are noticed within this; finer would only cost sweeps in a storm. */
    static final long SWEEP_NANOS = 1_000_000_000L;

    private final Change onChange;
    private final List<NodeRecord> flapping = new ArrayList<>();
    private long nextSweepNanos = Long.MIN_VALUE;

    FlapTracker(Change onChange) {
        this.onChange = onChange;
    }

    /** A state change of {@code r} (not its first contact). */
    void changed(NodeRecord r, long nowNanos) {
        if (r.flaps == null) {
            r.flaps = new FlapHistory();
        }
        r.flaps.add(nowNanos);
        judge(r, nowNanos);
    }

    /** From every membership tick: re-judges the flapping nodes when a sweep is due. */
    void tick(long nowNanos) {
        if (flapping.isEmpty() || nowNanos < nextSweepNanos) {
            return;
        }
        nextSweepNanos = nowNanos + SWEEP_NANOS;
        flapping.removeIf(r -> {
            if (r.flaps.flapping) {
                judge(r, nowNanos);
            }
            r.flaps.listed = r.flaps.flapping;
            return !r.flaps.listed;
        });
    }

    /** The node is being forgotten: a flapping one says so first, so no reader keeps it flapping. */
    void forget(NodeRecord r, long nowNanos) {
        if (r.flapping()) {
            r.flaps.flapping = false;
            onChange.flapping(r, false, "stopped flapping: forgotten", nowNanos);
        }
    }

    private void judge(NodeRecord r, long nowNanos) {
        FlapHistory f = r.flaps;
        double percent = f.percent(nowNanos);
        if (FlapScore.flapping(f.flapping, percent) == f.flapping) {
            return;
        }
        f.flapping = !f.flapping;
        if (f.flapping && !f.listed) {
            f.listed = true;
            flapping.add(r);
        }
        onChange.flapping(r, f.flapping, (f.flapping ? "flapping: " : "stopped flapping: ") + FlapScore.describe(percent), nowNanos);
    }
}
