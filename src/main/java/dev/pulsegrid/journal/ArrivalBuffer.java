package dev.pulsegrid.journal;

/**
 * Bounded, allocation-free hand-off of heartbeat arrivals from producers to the one writer thread:
 * two pairs of primitive arrays, producers fill the front pair, the writer swaps it for the empty
 * back pair in O(1) and writes the full one out without holding the lock. A producer holds the
 * lock for a few array stores only, never across I/O, so the membership thread never waits on disk.
 * When the front pair is full the sample is shed and counted.
 */
final class ArrivalBuffer {
    /** A drained batch; valid until the next {@link #swap()}. */
    static final class Batch {
        final String[] nodes;
        final long[] millis;
        int size;
        /** Writer-only cursor: rows before it are committed. */
        int taken;

        Batch(int capacity) {
            nodes = new String[capacity];
            millis = new long[capacity];
        }

        void clear() {
            java.util.Arrays.fill(nodes, 0, size, null);
            size = 0;
            taken = 0;
        }
    }

    private Batch front;
    private Batch back;
    private long accepted;
    private long shed;

    ArrivalBuffer(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("arrival capacity must be at least 1: " + capacity);
        }
        front = new Batch(capacity);
        back = new Batch(capacity);
    }

    /** @return false when full (the sample is shed and counted) */
    synchronized boolean offer(String nodeId, long wallMillis) {
        Batch f = front;
        if (f.size == f.nodes.length) {
            shed++;
            return false;
        }
        f.nodes[f.size] = nodeId;
        f.millis[f.size] = wallMillis;
        f.size++;
        accepted++;
        return true;
    }

    /** Counts a sample shed before it reached the buffer (e.g. while events have priority). */
    synchronized void countShed() {
        shed++;
    }

    /**
     * Writer thread only: hands over everything offered so far. The previous batch must be fully
     * written (the writer calls this again only after committing it); it is cleared and reused.
     */
    Batch swap() {
        Batch drained;
        back.clear();
        synchronized (this) {
            drained = front;
            front = back;
            back = drained;
        }
        return drained;
    }

    synchronized long accepted() {
        return accepted;
    }

    synchronized long shed() {
        return shed;
    }

    synchronized int queued() {
        return front.size;
    }
}
