package dev.pulsegrid.replay;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The recent heartbeat arrivals of every node, kept in memory for the tuning panel's what-if
 * replay: one bounded ring of int offsets (ms) per node, written by the membership thread (one
 * {@link #record} per accepted heartbeat) and copied out by the preview thread as a {@link Trace}.
 *
 * <p>Each ring is locked on its own, so a copy holds up the membership thread for one node's few
 * hundred ints at most. A ring grows (by half) only while its oldest arrival is still inside the
 * horizon, up to {@code maxPerNode}: a 1 Hz node over 10 minutes costs about 3 KB. All rings together
 * grow no further than a budget of arrivals (8 million, 32 MB: 10 minutes of 13,000 nodes at 1 Hz);
 * beyond it rings keep their size and their history gets shorter (100,000 nodes keep about 80 s).
 */
public final class ArrivalHistory {
    /** Ten minutes: the history the preview figure is stated for. */
    public static final long DEFAULT_HORIZON_MS = 600_000;
    /** 10 minutes at 10 Hz; faster senders keep their newest 6,000 arrivals. */
    public static final int DEFAULT_MAX_PER_NODE = 6_000;
    /** Arrivals all rings together may hold. */
    public static final long DEFAULT_BUDGET = 8_000_000;
    private static final int FIRST_CAPACITY = 16;
    private static final int REBASE_AT = 1 << 30;

    private final long horizonMs;
    private final int maxPerNode;
    private final long budget;
    private final AtomicLong allocated = new AtomicLong();
    private final Map<String, Ring> rings = new ConcurrentHashMap<>();

    public ArrivalHistory() {
        this(DEFAULT_HORIZON_MS, DEFAULT_MAX_PER_NODE, DEFAULT_BUDGET);
    }

    public ArrivalHistory(long horizonMs, int maxPerNode) {
        this(horizonMs, maxPerNode, DEFAULT_BUDGET);
    }

    /** @param budget arrivals all rings together may grow to (each ring starts small regardless) */
    public ArrivalHistory(long horizonMs, int maxPerNode, long budget) {
        if (horizonMs <= 0 || maxPerNode < 2) {
            throw new IllegalArgumentException("history horizon must be positive and hold at least 2 arrivals");
        }
        this.horizonMs = horizonMs;
        this.maxPerNode = maxPerNode;
        this.budget = budget;
    }

    public long horizonMs() {
        return horizonMs;
    }

    /** One accepted heartbeat of {@code node} at wall time {@code wallMillis}; cheap, never blocks for long. */
    public void record(String node, long wallMillis) {
        Ring r = rings.get(node);
        if (r == null) {
            r = rings.computeIfAbsent(node, k -> {
                int capacity = Math.min(FIRST_CAPACITY, maxPerNode);
                allocated.addAndGet(capacity);
                return new Ring(wallMillis, capacity);
            });
        }
        r.add(wallMillis, horizonMs, maxPerNode, this);
    }

    /** Nodes with a ring (some may have nothing left inside the horizon). */
    public int nodeCount() {
        return rings.size();
    }

    /**
     * The arrivals of {@code nodes} in (nowMs - horizon, nowMs], ascending, as a trace ending at
     * {@code nowMs}; a node with no arrival in that span gets an empty array. {@code crashedAfterLast[i]}
     * true puts a crash mark at node i's last arrival (a failure the replay must detect).
     */
    public Trace trace(String[] nodes, boolean[] crashedAfterLast, long nowMs) {
        long from = nowMs - horizonMs;
        long[][] arrivals = new long[nodes.length][];
        long[][] crashes = new long[nodes.length][];
        long[] none = new long[0];
        for (int i = 0; i < nodes.length; i++) {
            Ring r = rings.get(nodes[i]);
            long[] a = r == null ? none : r.copySince(from, nowMs);
            arrivals[i] = a;
            crashes[i] = crashedAfterLast[i] && a.length > 0 ? new long[] {a[a.length - 1]} : none;
        }
        return new Trace(nodes.clone(), arrivals, crashes, from, nowMs);
    }

    /** Drops the rings of nodes not heard within the horizon before {@code nowMs} (forgotten or long dead). */
    public void prune(long nowMs) {
        long from = nowMs - horizonMs;
        rings.values().removeIf(r -> {
            if (r.newest() < from) {
                allocated.addAndGet(-r.capacity());
                return true;
            }
            return false;
        });
    }

    /** Arrivals the rings can hold now (their allocated capacity). */
    public long allocated() {
        return allocated.get();
    }

    private boolean reserve(int more) {
        if (allocated.addAndGet(more) <= budget) {
            return true;
        }
        allocated.addAndGet(-more);
        return false;
    }

    /** One node's arrivals: offsets from {@code base} in a circular int array, oldest at {@code head}. */
    private static final class Ring {
        private long base;
        private int[] at;
        private int head;
        private int size;

        Ring(long base, int capacity) {
            this.base = base;
            this.at = new int[capacity];
        }

        synchronized void add(long ms, long horizonMs, int max, ArrivalHistory owner) {
            long off = ms - base;
            if (off >= REBASE_AT || off < -REBASE_AT) {
                rebase(ms);
                off = ms - base;
            }
            if (size == at.length) {
                boolean oldestInside = base + at[head] > ms - horizonMs;
                int bigger = Math.min(max, at.length + at.length / 2);
                if (oldestInside && at.length < max && owner.reserve(bigger - at.length)) {
                    grow(bigger);
                } else {
                    head = next(head); // drop the oldest
                    size--;
                }
            }
            at[(head + size) % at.length] = (int) off;
            size++;
        }

        /** Keeps offsets small after ~12 days of uptime: arrivals older than the new base would be dropped anyway. */
        private void rebase(long ms) {
            long newBase = ms - REBASE_AT / 2;
            int keep = 0;
            int[] fresh = new int[at.length];
            for (int i = 0; i < size; i++) {
                long t = base + at[(head + i) % at.length];
                if (t >= newBase - REBASE_AT / 2) {
                    fresh[keep++] = (int) (t - newBase);
                }
            }
            at = fresh;
            head = 0;
            size = keep;
            base = newBase;
        }

        private void grow(int capacity) {
            int[] bigger = new int[capacity];
            for (int i = 0; i < size; i++) {
                bigger[i] = at[(head + i) % at.length];
            }
            at = bigger;
            head = 0;
        }

        private int next(int i) {
            return i + 1 == at.length ? 0 : i + 1;
        }

        synchronized int capacity() {
            return at.length;
        }

        synchronized long newest() {
            return size == 0 ? Long.MIN_VALUE : base + at[(head + size - 1) % at.length];
        }

        synchronized long[] copySince(long fromExclusive, long toInclusive) {
            long[] out = new long[size];
            int n = 0;
            boolean sorted = true;
            for (int i = 0, j = head; i < size; i++, j = j + 1 == at.length ? 0 : j + 1) {
                long t = base + at[j];
                if (t > fromExclusive && t <= toInclusive) {
                    sorted &= n == 0 || out[n - 1] <= t;
                    out[n++] = t;
                }
            }
            long[] a = n == out.length ? out : Arrays.copyOf(out, n);
            if (!sorted) {
                Arrays.sort(a); // the wall clock stepped back
            }
            return a;
        }
    }
}
