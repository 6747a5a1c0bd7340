package dev.pulsegrid.replay;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The recent heartbeat arrivals of every node, kept in memory for the tuning panel's what-if
 * replay: one bounded ring per node, written by the membership thread (one {@link #record} per
 * accepted heartbeat) and copied out by the preview thread as a {@link Trace}.
 *
 * <p>A ring holds each arrival as the change of the gap before it ({@link ArrivalRing}: zig-zag
 * varints of second differences), exact to the millisecond: a steady sender whose gaps wobble by
 * less than 64 ms costs 1 byte per arrival, less than 8 s 2 bytes (the old ring of int offsets took
 * 4). Each ring is locked on its own, so a copy holds up the membership thread for one node's few
 * hundred bytes at most. A ring grows only while its oldest arrival is still inside the
 * horizon, by a quarter at a time, up to {@code maxPerNode} arrivals. All rings together grow no
 * further than a budget of bytes ({@link #DEFAULT_BUDGET}, 10 MB); beyond it rings keep their size
 * and their history gets shorter.
 *
 * <p>Rings are found by the node's membership slot (an index into an array, not a map: a map entry
 * per node cost ~40 bytes at 100,000 nodes). Each ring names its node, so a slot reused after its
 * node was forgotten starts a fresh ring rather than inheriting the old node's arrivals, and a
 * trace asked for a (slot, id) that no longer match gets nothing. One writer (the membership
 * thread) adds rings and grows the array by copy; the preview thread reads and prunes. Growing and
 * pruning exclude each other, so a copy never brings back a ring pruned meanwhile.
 *
 * <p>What the budget covers (bytes per arrival measured with TraceGenerator's families, ring slack
 * included: LAN, GC and BURSTS 1.1, WAN 1.75, MIXED 1.3): 10 minutes of 1 Hz from 10,000 nodes
 * up to 1.66 bytes an arrival, so every family but pure WAN. At 100,000 nodes each ring gets about
 * 105 bytes: some 95 s of a 1 Hz sender with LAN jitter, 60 s with WAN jitter; with the ring's own
 * ~76 bytes (ring object 56, byte array header 16, array slot 4) about 180 bytes per node in all. (The int
 * offsets before took 32 MB: 10 minutes of 13,000 nodes, 80 s each at 100,000, ~420 bytes a node.)
 */
public final class ArrivalHistory {
    /** Ten minutes: the history the preview figure is stated for. */
    public static final long DEFAULT_HORIZON_MS = 600_000;
    /** 10 minutes at 10 Hz; faster senders keep their newest 6,000 arrivals. */
    public static final int DEFAULT_MAX_PER_NODE = 6_000;
    /** Bytes all rings together may hold. */
    public static final long DEFAULT_BUDGET = 10L << 20;
    private static final int FIRST_CAPACITY = 16;

    private final long horizonMs;
    private final int maxPerNode;
    private final long budget;
    private final AtomicLong allocated = new AtomicLong();
    private volatile AtomicReferenceArray<ArrivalRing> rings = new AtomicReferenceArray<>(256);
    /** Held while the array is grown or pruned. */
    private final Object tableLock = new Object();

    public ArrivalHistory() {
        this(DEFAULT_HORIZON_MS, DEFAULT_MAX_PER_NODE, DEFAULT_BUDGET);
    }

    public ArrivalHistory(long horizonMs, int maxPerNode) {
        this(horizonMs, maxPerNode, DEFAULT_BUDGET);
    }

    /** @param budget bytes all rings together may grow to (each ring starts small regardless) */
    public ArrivalHistory(long horizonMs, int maxPerNode, long budget) {
        if (horizonMs <= 0 || maxPerNode < 2) {
            throw new IllegalArgumentException("history horizon must be positive and hold at least 2 arrivals");
        }
        this.horizonMs = horizonMs;
        this.maxPerNode = Math.min(maxPerNode, ArrivalRing.MAX_ARRIVALS);
        this.budget = budget;
    }

    public long horizonMs() {
        return horizonMs;
    }

    /**
     * One accepted heartbeat of {@code node}, which holds membership slot {@code slot}, at wall time
     * {@code wallMillis}; cheap, never blocks for long. Membership thread only.
     */
    public void record(int slot, String node, long wallMillis) {
        while (true) {
            ArrivalRing r = ringFor(slot, node);
            synchronized (r) {
                if (rings.get(slot) != r) {
                    continue; // pruned since we looked: a fresh ring
                }
                add(r, wallMillis);
                return;
            }
        }
    }

    /** The ring of {@code node} at {@code slot}, a fresh one when the slot is empty or was another node's. */
    private ArrivalRing ringFor(int slot, String node) {
        AtomicReferenceArray<ArrivalRing> table = rings;
        if (slot >= table.length()) {
            table = grow(slot);
        }
        ArrivalRing r = table.get(slot);
        if (r != null && r.node.equals(node)) {
            return r;
        }
        ArrivalRing fresh = new ArrivalRing(node, FIRST_CAPACITY);
        allocated.addAndGet(FIRST_CAPACITY);
        if (r != null && table.compareAndSet(slot, r, fresh)) {
            allocated.addAndGet(-r.capacity()); // a forgotten node's ring, its slot now another node's
        } else {
            table.set(slot, fresh); // empty, or pruned just now (the pruner gave its bytes back)
        }
        return fresh;
    }

    private AtomicReferenceArray<ArrivalRing> grow(int slot) {
        synchronized (tableLock) {
            AtomicReferenceArray<ArrivalRing> old = rings;
            AtomicReferenceArray<ArrivalRing> bigger = new AtomicReferenceArray<>(Math.max(slot + 1, old.length() * 2));
            for (int i = 0; i < old.length(); i++) {
                bigger.setPlain(i, old.get(i));
            }
            rings = bigger;
            return bigger;
        }
    }

    private void add(ArrivalRing r, long wallMillis) {
        if (r.size() == maxPerNode) {
            r.dropOldest();
        }
        int need = ArrivalRing.bytesFor(r, wallMillis);
        while (r.free() < need) {
            int bigger = r.oldest() > wallMillis - horizonMs ? grownSize(r, need) : 0;
            if (bigger > 0) {
                r.grow(bigger);
            } else if (r.size() > 0) {
                r.dropOldest();
            } else {
                break; // cannot happen with FIRST_CAPACITY >= the longest varint
            }
        }
        r.add(wallMillis);
    }

    /**
     * The size a full ring whose oldest arrival is still inside the horizon grows to, its growth
     * reserved, or 0 when it may not grow: a quarter more each time. Small steps keep the slack
     * small (the budget is for arrivals, not for room) and let every ring grow alike while the
     * budget lasts, rather than the first nodes heard taking it all.
     */
    private int grownSize(ArrivalRing r, int need) {
        int cap = r.capacity();
        int step = Math.min(maxBytes(), cap + Math.max(need, cap / 4));
        return step > cap && step - cap >= need - r.free() && reserve(step - cap) ? step : 0;
    }

    /** A ring never grows past this: {@code maxPerNode} arrivals at 2 bytes each, or the first capacity. */
    private int maxBytes() {
        return (int) Math.max(FIRST_CAPACITY, Math.min(ArrivalRing.MAX_BYTES, 2L * maxPerNode));
    }

    /** Nodes with a ring (some may have nothing left inside the horizon). */
    public int nodeCount() {
        AtomicReferenceArray<ArrivalRing> table = rings;
        int n = 0;
        for (int i = 0; i < table.length(); i++) {
            n += table.get(i) == null ? 0 : 1;
        }
        return n;
    }

    /**
     * The arrivals of {@code nodes} (node i at membership slot {@code slots[i]}) in (nowMs - horizon, nowMs],
     * ascending, as a trace ending at {@code nowMs}; a node with no arrival in that span, or whose slot
     * holds another node by now, gets an empty array. {@code crashedAfterLast[i]} true puts a crash mark at
     * node i's last arrival (a failure the replay must detect).
     */
    public Trace trace(int[] slots, String[] nodes, boolean[] crashedAfterLast, long nowMs) {
        AtomicReferenceArray<ArrivalRing> table = rings;
        long from = nowMs - horizonMs;
        long[][] arrivals = new long[nodes.length][];
        long[][] crashes = new long[nodes.length][];
        long[] none = new long[0];
        for (int i = 0; i < nodes.length; i++) {
            ArrivalRing r = slots[i] < table.length() ? table.get(slots[i]) : null;
            long[] a;
            if (r == null || !r.node.equals(nodes[i])) {
                a = none;
            } else {
                synchronized (r) {
                    a = r.copySince(from, nowMs);
                }
            }
            arrivals[i] = a;
            crashes[i] = crashedAfterLast[i] && a.length > 0 ? new long[] {a[a.length - 1]} : none;
        }
        return new Trace(nodes.clone(), arrivals, crashes, from, nowMs);
    }

    /** Drops the rings of nodes not heard within the horizon before {@code nowMs} (forgotten or long dead). */
    public void prune(long nowMs) {
        long from = nowMs - horizonMs;
        synchronized (tableLock) {
            AtomicReferenceArray<ArrivalRing> table = rings;
            for (int i = 0; i < table.length(); i++) {
                ArrivalRing r = table.get(i);
                if (r == null) {
                    continue;
                }
                synchronized (r) {
                    // compareAndSet: the writer may have given the slot a fresh ring since we looked
                    if ((r.size() == 0 || r.newest() < from) && table.compareAndSet(i, r, null)) {
                        allocated.addAndGet(-r.capacity());
                    }
                }
            }
        }
    }

    /** Bytes the rings hold now (their allocated capacity). */
    public long allocated() {
        return allocated.get();
    }

    private boolean reserve(int more) {
        // A plain read first: once the budget is spent every full ring asks on every arrival.
        if (allocated.get() + more > budget) {
            return false;
        }
        if (allocated.addAndGet(more) <= budget) {
            return true;
        }
        allocated.addAndGet(-more);
        return false;
    }
}
