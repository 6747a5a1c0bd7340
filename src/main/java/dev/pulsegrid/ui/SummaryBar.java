package dev.pulsegrid.ui;

import dev.pulsegrid.cluster.ClusterSnapshot;
import dev.pulsegrid.cluster.NodeView;
import dev.pulsegrid.ui.grid.CellState;
import dev.pulsegrid.ui.grid.GridOrder;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Label;

/**
 * The line under the toolbar: a count per state (each a button that filters to that state), the
 * heartbeat rate, nodes that changed state in the last minute, how many cells the filter shows, and
 * where the monitor listens. Texts are set only when they change.
 */
final class SummaryBar {
    private static final long MINUTE_NANOS = 60_000_000_000L;
    /** Counting recent changes walks every node: twice a second is plenty. */
    static final int CHANGED_EVERY_MILLIS = 500;
    /**
     * Counts and rate change with nearly every snapshot of a large cluster; redrawn each pulse, the
     * count buttons were dirty regions of their own every frame (layout, CSS, text, the render thread).
     * Four times a second reads as live.
     */
    static final int COUNTS_EVERY_MILLIS = 250;

    private final Button[] counts;
    private final Label rate;
    private final Label changed;
    private final Label shown;
    private final Label listening;
    private long shownVersion = -1;
    private final Cadence countsCadence;
    private final Cadence changedCadence;

    SummaryBar(Button[] counts, Label rate, Label changed, Label shown, Label listening) {
        this(counts, rate, changed, shown, listening, System::nanoTime);
    }

    SummaryBar(Button[] counts, Label rate, Label changed, Label shown, Label listening, java.util.function.LongSupplier wallNanos) {
        this.countsCadence = new Cadence(COUNTS_EVERY_MILLIS, wallNanos);
        this.changedCadence = new Cadence(CHANGED_EVERY_MILLIS, wallNanos);
        this.counts = counts;
        this.rate = rate;
        this.changed = changed;
        this.shown = shown;
        this.listening = listening;
    }

    void update(ClusterSnapshot s, GridOrder order, long now) {
        if (s.version() != shownVersion && countsCadence.due()) {
            shownVersion = s.version();
            for (CellState st : CellState.values()) {
                int n = st == CellState.MISSING ? order.missing().size() : s.count(NodeStateOf(st));
                set(counts[st.ordinal()], st.glyph() + " " + st.label() + " " + n);
                counts[st.ordinal()].setVisible(st != CellState.MISSING || n > 0);
                counts[st.ordinal()].setManaged(st != CellState.MISSING || n > 0);
            }
            set(rate, String.format(Locale.ROOT, "%,.0f heartbeats/s", s.heartbeatsPerSecond()));
        }
        if (changedCadence.due()) {
            set(changed, changedInLastMinute(s.nodes(), now) + " changed in the last minute");
        }
        int total = s.nodeCount() + order.missing().size();
        set(shown, order.size() == total ? "" : "showing " + order.size() + " of " + total);
    }

    void setListening(ListenStatus status) {
        // Listening wins: a journal or integration that failed to start does not close the heartbeat socket.
        set(listening, status.isListening() ? "listening on udp " + status.address()
                : status.error() != null ? "not listening" : "starting listener…");
    }

    static int changedInLastMinute(NodeView[] nodes, long now) {
        int n = 0;
        for (NodeView v : nodes) {
            if (v != null && now - v.stateSinceNanos() < MINUTE_NANOS) {
                n++;
            }
        }
        return n;
    }

    private static dev.pulsegrid.cluster.NodeState NodeStateOf(CellState s) {
        return dev.pulsegrid.cluster.NodeState.ofOrdinal(s.ordinal());
    }

    private static void set(Label l, String text) {
        if (!text.equals(l.getText())) {
            l.setText(text);
        }
    }

    private static void set(Button b, String text) {
        if (!text.equals(b.getText())) {
            b.setText(text);
        }
    }
}
