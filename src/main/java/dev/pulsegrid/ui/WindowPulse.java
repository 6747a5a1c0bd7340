package dev.pulsegrid.ui;

import dev.pulsegrid.cluster.ClusterSnapshot;
import dev.pulsegrid.cluster.MembershipEvent;
import dev.pulsegrid.cluster.NodeView;
import dev.pulsegrid.ui.grid.Inventory;
import dev.pulsegrid.ui.grid.NodeGridView;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;

/**
 * The main window's once-per-pulse update. An {@link AnimationTimer} reads the newest snapshot from
 * the {@link ClusterFeed} and hands it to the grid, the summary bar and the open details panel;
 * nothing else reaches the FX thread from the monitor (no runLater per packet or per node).
 */
final class WindowPulse {
    /** Look for new metadata keys to group by every two seconds. */
    private final Cadence keyScan = new Cadence(2_000);
    /** At most twice a second: in a storm the flapping set changes every pulse and the marks walk every node. */
    private final Cadence flappingScan = new Cadence(500);
    private final FlapMarks flapMarks = new FlapMarks();

    private final ClusterFeed feed;
    private final TransitionLog log;
    private final Notifier notifier;
    private final Inventory inventory;
    private final NodeGridView grid;
    private final SummaryBar summary;
    private final Banner banner;
    private final Node emptyState;
    private final DetailsPanelController details;
    private final GroupByChoices groupChoices;
    private final AnimationTimer pulse = new AnimationTimer() {
        @Override
        public void handle(long frameNanos) {
            onPulse();
        }
    };

    WindowPulse(ClusterFeed feed, TransitionLog log, Notifier notifier, Inventory inventory, NodeGridView grid,
                SummaryBar summary, Banner banner, Node emptyState, DetailsPanelController details,
                GroupByChoices groupChoices) {
        this.feed = feed;
        this.log = log;
        this.notifier = notifier;
        this.inventory = inventory;
        this.grid = grid;
        this.summary = summary;
        this.banner = banner;
        this.emptyState = emptyState;
        this.details = details;
        this.groupChoices = groupChoices;
    }

    void start() {
        pulse.start();
    }

    void stop() {
        pulse.stop();
    }

    private void onPulse() {
        ClusterSnapshot s = feed.snapshot();
        long now = feed.nowNanos();
        List<MembershipEvent> transitions = log.drain();
        notifier.transitions(transitions, now);
        if (flappingScan.due()) {
            markFlapping(s);
        }
        grid.show(s, now);
        summary.update(s, grid.order(), now);
        banner.showHolding(s);
        boolean empty = s.nodeCount() == 0 && inventory.isEmpty();
        if (emptyState.isVisible() != empty) {
            emptyState.setVisible(empty);
        }
        if (details.isOpen()) {
            int entry = grid.selectedEntry();
            boolean same = details.nodeId().equals(grid.idOf(entry));
            NodeView n = same ? grid.node(entry) : s.find(details.nodeId());
            details.update(n, same ? grid.metaOf(entry) : null, now);
        }
        if (keyScan.due()) {
            groupChoices.scan(s);
        }
    }

    /** Rebuilds the grid's flapping marks from the snapshot: only when flapping (or the slot range) changed. */
    private void markFlapping(ClusterSnapshot s) {
        java.util.BitSet slots = flapMarks.update(s, log.flappingVersion());
        if (slots != null) {
            grid.setFlappingSlots(slots);
        }
    }
}
