package dev.pulsegrid.ui.grid;

import dev.pulsegrid.cluster.NodeView;
import dev.pulsegrid.detect.Durations;

/** The words for one cell, as its tooltip shows them: id, address, state, silence against the thresholds. */
public final class CellDescription {
    private CellDescription() {
    }

    public static String of(NodeGridView view, int entry) {
        if (entry == NodeGridView.NONE) {
            return "";
        }
        NodeView n = view.node(entry);
        if (n == null) {
            String id = view.idOf(entry);
            return id == null ? "" : id + "\n" + CellState.MISSING.glyph() + " Missing: expected, never heard from";
        }
        return of(n, view.nowNanos());
    }

    public static String of(NodeView n, long nowNanos) {
        CellState s = CellState.of(n.state());
        return n.id() + "\n"
                + n.addressText() + "\n"
                + s.glyph() + " " + s.label() + " for " + Durations.seconds(Math.max(0, nowNanos - n.stateSinceNanos())) + "\n"
                + "last heartbeat " + Durations.seconds(n.silenceNanos(nowNanos)) + " ago"
                + " (suspect after " + Durations.seconds(n.suspectAfterNanos())
                + ", dead after " + Durations.seconds(n.deadAfterNanos()) + ")";
    }
}
