package dev.pulsegrid.sim;

import java.util.Arrays;

/**
 * An indexed binary min-heap of node numbers ordered by due time (ties by node number, so runs are
 * repeatable). Every node is in it exactly once; moving a node's time is O(log n), finding the
 * next due node O(1): the simulator never scans all nodes.
 */
final class DueQueue {
    private final int[] heap; // heap position -> node
    private final int[] pos; // node -> heap position
    private final long[] due; // node -> due nanos

    /** All nodes 0..size-1, each due at the given time. */
    DueQueue(long[] initialDue) {
        int n = initialDue.length;
        due = initialDue.clone();
        heap = new int[n];
        pos = new int[n];
        for (int i = 0; i < n; i++) {
            heap[i] = i;
            pos[i] = i;
        }
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftDown(i);
        }
    }

    int peekNode() {
        return heap[0];
    }

    long peekDue() {
        return due[heap[0]];
    }

    long dueOf(int node) {
        return due[node];
    }

    void update(int node, long newDue) {
        long old = due[node];
        due[node] = newDue;
        if (newDue < old) {
            siftUp(pos[node]);
        } else if (newDue > old) {
            siftDown(pos[node]);
        }
    }

    private boolean less(int a, int b) {
        long da = due[a];
        long db = due[b];
        return da < db || (da == db && a < b);
    }

    private void siftUp(int k) {
        int node = heap[k];
        while (k > 0) {
            int parent = (k - 1) >>> 1;
            int p = heap[parent];
            if (!less(node, p)) {
                break;
            }
            place(p, k);
            k = parent;
        }
        place(node, k);
    }

    private void siftDown(int k) {
        int n = heap.length;
        int node = heap[k];
        while (true) {
            int child = 2 * k + 1;
            if (child >= n) {
                break;
            }
            if (child + 1 < n && less(heap[child + 1], heap[child])) {
                child++;
            }
            if (!less(heap[child], node)) {
                break;
            }
            place(heap[child], k);
            k = child;
        }
        place(node, k);
    }

    private void place(int node, int k) {
        heap[k] = node;
        pos[node] = k;
    }

    @Override
    public String toString() {
        return "DueQueue" + Arrays.toString(Arrays.copyOf(heap, Math.min(heap.length, 8)));
    }
}
