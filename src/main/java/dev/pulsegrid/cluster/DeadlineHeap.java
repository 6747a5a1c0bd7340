package dev.pulsegrid.cluster;

import java.util.Arrays;

/**
 * A binary min-heap of (deadline, slot) pairs in primitive arrays: no boxing, no per-entry objects.
 *
 * <p>Entries are lazily invalidated: the owner remembers which deadline is live for each slot and
 * skips popped entries that no longer match. So a heartbeat costs nothing here unless it pulls a
 * deadline earlier; most entries pop once per timeout period and are pushed again if not yet due.
 */
final class DeadlineHeap {
    private long[] deadlines = new long[64];
    private int[] slots = new int[64];
    private int size;

    void push(long deadline, int slot) {
        if (size == deadlines.length) {
            deadlines = Arrays.copyOf(deadlines, size * 2);
            slots = Arrays.copyOf(slots, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (deadlines[parent] <= deadline) {
                break;
            }
            deadlines[i] = deadlines[parent];
            slots[i] = slots[parent];
            i = parent;
        }
        deadlines[i] = deadline;
        slots[i] = slot;
    }

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    /** Earliest deadline, or Long.MAX_VALUE when empty. */
    long peekDeadline() {
        return size == 0 ? Long.MAX_VALUE : deadlines[0];
    }

    int peekSlot() {
        return slots[0];
    }

    /** Removes the earliest entry; read it first with peekDeadline/peekSlot. */
    void pop() {
        if (size == 0) {
            return;
        }
        size--;
        if (size == 0) {
            return;
        }
        long d = deadlines[size];
        int s = slots[size];
        int i = 0;
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            int right = child + 1;
            if (right < size && deadlines[right] < deadlines[child]) {
                child = right;
            }
            if (d <= deadlines[child]) {
                break;
            }
            deadlines[i] = deadlines[child];
            slots[i] = slots[child];
            i = child;
        }
        deadlines[i] = d;
        slots[i] = s;
    }

    void clear() {
        size = 0;
    }
}
