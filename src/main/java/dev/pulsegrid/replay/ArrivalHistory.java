package dev.pulsegrid.replay;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The recent heartbeat arrivals of every node, kept in memory for the tuning panel's what-if
 * replay: one bounded ring of int offsets (ms) per node, written by the membership thread (one
 * {@link #record} per accepted heartbeat) and copied out by the preview thread as a {@link Trace}.
 *
 * <p>Each ring is locked on its own, so a copy holds up the membership thread for one node's few
 * hundred ints at most. A ring grows (by half) only while its oldest arrival is still inside the
 * horizon, up to {@code maxPerNode}: a 1 Hz node over 10 minutes costs about 3 KB.
 */
public final class ArrivalHistory {
    /** Ten minutes: the history the preview figure is stated for. */
    public static final long DEFAULT_HORIZON_MS = 600_000;
    /** 10 minutes at 10 Hz; faster senders keep their newest 6,000 arrivals. */
    public static final int DEFAULT_MAX_PER_NODE = 6_000;
    private static final int FIRST_CAPACITY = 64;
    private static final int REBASE_AT = 1 << 30;

    private final long horizonMs;
    private final int maxPerNode;
    private final Map<String, Ring> rings = new ConcurrentHashMap<>();

    public ArrivalHistory() {
        this(DEFAULT_HORIZON_MS, DEFAULT_MAX_PER_NODE);
    }

    public ArrivalHistory(long horizonMs, int maxPerNode) {
        if (horizonMs <= 0 || maxPerNode < 2) {
            throw new IllegalArgumentException("history horizon must be positive and hold at least 2 arrivals");
        }
        this.horizonMs = horizonMs;
        this.maxPerNode = maxPerNode;
    }

    public long horizonMs() {
        return horizonMs;
    }

    /** One accepted heartbeat of {@code node} at wall time {@code wallMillis}; cheap, never blocks for long. */
    public void record(String node, long wallMillis) {
        Ring r = rings.get(node);
        if (r == null) {
            r = rings.computeIfAbsent(node, k -> new Ring(wallMillis, Math.min(FIRST_CAPACITY, maxPerNode)));
        }
        r.add(wallMillis, horizonMs, maxPerNode);
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
        rings.values().removeIf(r -> r.newest() < from);
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

        synchronized void add(long ms, long horizonMs, int max) {
            long off = ms - base;
            if (off >= REBASE_AT || off < -REBASE_AT) {
                rebase(ms);
                off = ms - base;
            }
            if (size == at.length) {
                boolean oldestInside = base + at[head] > ms - horizonMs;
                if (oldestInside && at.length < max) {
                    grow(Math.min(max, at.length + at.length / 2));
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
