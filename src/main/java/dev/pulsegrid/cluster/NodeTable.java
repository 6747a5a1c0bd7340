package dev.pulsegrid.cluster;

import java.util.Arrays;

/**
 * Membership's node records, by id and by slot. A slot is a node's index in every published
 * snapshot; a forgotten node's slot is reused by the next new node, so the snapshot array stays as
 * long as the most nodes ever known at once, not as the number ever seen. Membership thread only.
 */
final class NodeTable {
    private final NodeIndex byId = new NodeIndex();
    private NodeRecord[] bySlot = new NodeRecord[256];
    private int slotCount;
    private int[] freeSlots = new int[16];
    private int freeCount;

    int size() {
        return byId.size();
    }

    NodeRecord get(String id) {
        return byId.get(id);
    }

    /** The record in {@code slot}, or null for a free slot. */
    NodeRecord at(int slot) {
        return bySlot[slot];
    }

    /** Slots in use or freed so far: every slot below this may hold a record. */
    int slotCount() {
        return slotCount;
    }

    /** Slots there is room for without growing. */
    int capacity() {
        return bySlot.length;
    }

    /** A slot for a new record, which must then be {@link #add added} in it: a freed one first. */
    int claimSlot() {
        if (freeCount > 0) {
            return freeSlots[--freeCount];
        }
        if (slotCount == bySlot.length) {
            bySlot = Arrays.copyOf(bySlot, slotCount * 2);
        }
        return slotCount++;
    }

    void add(NodeRecord r) {
        bySlot[r.slot] = r;
        byId.add(r);
    }

    /** Drops {@code r}; its slot goes to a later new node. */
    void remove(NodeRecord r) {
        byId.remove(r.id);
        bySlot[r.slot] = null;
        if (freeCount == freeSlots.length) {
            freeSlots = Arrays.copyOf(freeSlots, freeCount * 2);
        }
        freeSlots[freeCount++] = r.slot;
    }
}
