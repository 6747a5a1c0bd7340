package dev.pulsegrid.ui.grid;

import dev.pulsegrid.cluster.ClusterSnapshot;
import dev.pulsegrid.cluster.NodeView;

/**
 * Whether the grid's order must be rebuilt on this frame: always after the operator changed what the
 * order depends on, otherwise only when the order can have changed, and then at most so often.
 */
final class OrderStaleness {
    /** Re-sort live orders and re-filter state queries at most this often, in frames (~0.5 s). */
    static final int LIVE_REBUILD_FRAMES = 30;
    /** New or forgotten nodes are placed at most this often, in frames (~0.2 s). */
    static final int SET_REBUILD_FRAMES = 12;

    private boolean orderDirty = true;
    private boolean setChanged;
    private boolean stateChanged;
    private boolean metaChanged;
    private int framesSinceRebuild;
    private long builtVersion = -1;

    /** The order must be rebuilt on the next frame whatever changed. */
    void invalidate() {
        orderDirty = true;
    }

    /** One more frame since the last rebuild. */
    void frame() {
        framesSinceRebuild++;
    }

    /**
     * What changed between two snapshots, from the newer one's changed slots: a node appeared or was
     * forgotten, a state changed, metadata changed. Snapshots skipped between frames carry changes we
     * cannot see, so then state and metadata count as changed.
     */
    void noteChanges(ClusterSnapshot prev, ClusterSnapshot next) {
        if (prev == null || next.changedSlots() == null || prev.nodes().length != next.nodes().length
                || prev.nodeCount() != next.nodeCount()) {
            setChanged = true;
            stateChanged = true;
            metaChanged = true;
            return;
        }
        if (next.version() != prev.version() + 1) {
            stateChanged = true;
            metaChanged = true;
        }
        NodeView[] a = prev.nodes();
        NodeView[] b = next.nodes();
        for (int slot : next.changedSlots()) {
            NodeView x = slot < a.length ? a[slot] : null;
            NodeView y = b[slot];
            if ((x == null) != (y == null)) {
                setChanged = true;
            } else if (x != null) {
                stateChanged |= x.state() != y.state();
                metaChanged |= x.meta() != y.meta() && !x.meta().equals(y.meta());
            }
        }
    }

    /** Whether an order by {@code so}, filtered by {@code f}, grouped or not, is stale for snapshot {@code s}. */
    boolean due(SortOrder so, NodeFilter f, boolean grouped, ClusterSnapshot s) {
        // Rebuild only when the order can have changed: time-ordered sorts as time passes, state-ordered
        // ones when a state changed, grouped or metadata-filtered ones when metadata changed.
        boolean byTime = so == SortOrder.SILENCE || so == SortOrder.SUSPICION;
        boolean byState = so == SortOrder.STATE || f.dependsOnState();
        boolean byMeta = grouped || f.dependsOnMeta();
        return orderDirty
                || setChanged && framesSinceRebuild >= SET_REBUILD_FRAMES
                || framesSinceRebuild >= LIVE_REBUILD_FRAMES
                    && (byTime && s.version() != builtVersion || byState && stateChanged || byMeta && metaChanged);
    }

    /** A rebuild from the snapshot of this version (-1: none) was started: nothing is stale now. */
    void rebuilt(long version) {
        orderDirty = false;
        setChanged = false;
        stateChanged = false;
        metaChanged = false;
        framesSinceRebuild = 0;
        builtVersion = version;
    }
}
