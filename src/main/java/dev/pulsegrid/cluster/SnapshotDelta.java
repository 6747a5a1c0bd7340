package dev.pulsegrid.cluster;

import java.util.Arrays;

/**
 * What changed since Membership's last snapshot, and the views that snapshot held: a new snapshot is
 * the previous one's views with the changed slots replaced, so its cost is O(slots) for the array
 * copy plus O(changed) for new views. Marking a slot is O(1) and allocates nothing (a slot is listed
 * once however often it changes). Membership thread only.
 */
final class SnapshotDelta {
    private NodeView[] published = new NodeView[0];
    private int[] dirtySlots = new int[256];
    private boolean[] slotDirty = new boolean[256];
    private int dirtyCount;
    private boolean settingsDirty;
    private boolean transitionsUnpublished;
    private long version;

    /** Room for slots below {@code capacity}; called as Membership's slot table grows. */
    void growTo(int capacity) {
        if (capacity > slotDirty.length) {
            slotDirty = Arrays.copyOf(slotDirty, capacity);
        }
    }

    void markSlot(int slot) {
        if (slotDirty[slot]) {
            return;
        }
        slotDirty[slot] = true;
        if (dirtyCount == dirtySlots.length) {
            dirtySlots = Arrays.copyOf(dirtySlots, dirtyCount * 2);
        }
        dirtySlots[dirtyCount++] = slot;
    }

    void markSettings() {
        settingsDirty = true;
    }

    void markTransition() {
        transitionsUnpublished = true;
    }

    /** Whether a node or the settings changed since the last {@link #publish}. */
    boolean hasChanges() {
        return dirtyCount > 0 || settingsDirty;
    }

    boolean hasTransitionsUnpublished() {
        return transitionsUnpublished;
    }

    /**
     * Replaces the changed slots' views (null for a forgotten node) in a copy of
     * the last published views and starts a new delta.
     *
     * @return the slots that changed; {@link #views()} now holds the new views
     */
    int[] publish(NodeTable nodes) {
        NodeView[] views = Arrays.copyOf(published, nodes.slotCount());
        int[] changed = Arrays.copyOf(dirtySlots, dirtyCount);
        for (int slot : changed) {
            NodeRecord r = nodes.at(slot);
            views[slot] = r == null ? null : r.view();
            slotDirty[slot] = false;
        }
        dirtyCount = 0;
        settingsDirty = false;
        transitionsUnpublished = false;
        published = views;
        return changed;
    }

    /** The views of the last {@link #publish}; shared with its snapshot, so never written. */
    NodeView[] views() {
        return published;
    }

    long nextVersion() {
        return ++version;
    }
}
