package dev.pulsegrid.replay;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A recorded heartbeat history: per node, its arrival times and its known crashes (ms, ascending),
 * in primitive arrays so that a replay is a tight loop. The trace covers [startMs, endMs]: silences
 * are judged up to endMs, except after a known crash, where the detector's verdict is followed
 * to its end so that every crash gets its detection time.
 */
public final class Trace {
    private final String[] nodes;
    private final long[][] arrivals;
    private final long[][] crashes;
    private final long startMs;
    private final long endMs;

    public Trace(String[] nodes, long[][] arrivals, long[][] crashes, long startMs, long endMs) {
        if (nodes.length != arrivals.length || nodes.length != crashes.length) {
            throw new IllegalArgumentException("nodes, arrivals and crashes must have one entry per node");
        }
        this.nodes = nodes;
        this.arrivals = arrivals;
        this.crashes = crashes;
        this.startMs = startMs;
        this.endMs = endMs;
    }

    public int nodeCount() {
        return nodes.length;
    }

    public String node(int i) {
        return nodes[i];
    }

    /** Arrival times of node i, ascending; the array is shared, do not modify. */
    public long[] arrivals(int i) {
        return arrivals[i];
    }

    /** Known crash times of node i, ascending; the array is shared, do not modify. */
    public long[] crashes(int i) {
        return crashes[i];
    }

    public long startMs() {
        return startMs;
    }

    public long endMs() {
        return endMs;
    }

    public long arrivalCount() {
        long n = 0;
        for (long[] a : arrivals) {
            n += a.length;
        }
        return n;
    }

    /** Collects events in any order and sorts them per node. */
    public static final class Builder {
        private final Map<String, Integer> index = new HashMap<>();
        private String[] ids = new String[16];
        private long[][] arr = new long[16][];
        private int[] arrLen = new int[16];
        private long[][] cr = new long[16][];
        private int[] crLen = new int[16];
        private int count;
        private long start = Long.MAX_VALUE;
        private long end = Long.MIN_VALUE;

        private int slot(String id) {
            Integer s = index.get(id);
            if (s != null) {
                return s;
            }
            if (count == ids.length) {
                int n = count * 2;
                ids = Arrays.copyOf(ids, n);
                arr = Arrays.copyOf(arr, n);
                arrLen = Arrays.copyOf(arrLen, n);
                cr = Arrays.copyOf(cr, n);
                crLen = Arrays.copyOf(crLen, n);
            }
            ids[count] = id;
            arr[count] = new long[64];
            cr[count] = new long[1];
            index.put(id, count);
            return count++;
        }

        public Builder arrival(String node, long ms) {
            int s = slot(node);
            if (arrLen[s] == arr[s].length) {
                arr[s] = Arrays.copyOf(arr[s], arr[s].length * 2);
            }
            arr[s][arrLen[s]++] = ms;
            span(ms);
            return this;
        }

        public Builder crash(String node, long ms) {
            int s = slot(node);
            if (crLen[s] == cr[s].length) {
                cr[s] = Arrays.copyOf(cr[s], cr[s].length * 2);
            }
            cr[s][crLen[s]++] = ms;
            span(ms);
            return this;
        }

        /** Stretches the observed span (e.g. the trace was recorded for longer than its last arrival). */
        public Builder span(long ms) {
            start = Math.min(start, ms);
            end = Math.max(end, ms);
            return this;
        }

        public Trace build() {
            String[] n = Arrays.copyOf(ids, count);
            long[][] a = new long[count][];
            long[][] c = new long[count][];
            for (int i = 0; i < count; i++) {
                a[i] = Arrays.copyOf(arr[i], arrLen[i]);
                Arrays.sort(a[i]);
                c[i] = Arrays.copyOf(cr[i], crLen[i]);
                Arrays.sort(c[i]);
            }
            return new Trace(n, a, c, count == 0 ? 0 : start, count == 0 ? 0 : end);
        }
    }
}
