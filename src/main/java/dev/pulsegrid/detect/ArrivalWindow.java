package dev.pulsegrid.detect;

/**
 * A bounded ring of a node's most recent inter-arrival intervals (milliseconds; 16 bits each until
 * one longer than ~65 s arrives, since there is one ring per node), keeping a running
 * sum and sum of squares so that mean and variance cost O(1), as Akka's HeartbeatHistory does,
 * plus a {@link GapHistogram} of every gap ever seen (tens to a few hundred bytes: only the octaves reached) for detectors that need the tail.
 * Not thread-safe: owned by the membership thread.
 */
public final class ArrivalWindow {
    /** Longest interval the narrow ring holds: about 65 s. */
    private static final int NARROW_MAX = Character.MAX_VALUE;
    /** The ring while every interval in it fits 16 bits: half the bytes of ints, for every node. */
    private char[] narrow;
    /** The ring once a longer interval arrived (rare: a long silence short of DEAD); then narrow is null. */
    private int[] wide;
    private int size;
    private int next;
    private long sum;
    private long sumOfSquares;
    private int adds;
    private final GapHistogram histogram = new GapHistogram();

    // A detector's cached thresholds for this node, so that costly estimates are not redone on
    // every heartbeat (see AdaptiveDetector). Only this package reads them.
    Object memoOwner;
    int memoCount = -1;
    long memoSuspectNanos;
    long memoDeadNanos;

    public ArrivalWindow(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("window capacity must be >= 1, was " + capacity);
        }
        this.narrow = new char[capacity];
    }

    /** Ring length; no field of its own (nor for the last gap): 100,000 windows. */
    private int cap() {
        return narrow != null ? narrow.length : wide.length;
    }

    private int at(int idx) {
        return narrow != null ? narrow[idx] : wide[idx];
    }

    private void put(int idx, int v) {
        if (narrow != null) {
            if (v <= NARROW_MAX) {
                narrow[idx] = (char) v;
                return;
            }
            wide = new int[narrow.length];
            for (int i = 0; i < narrow.length; i++) {
                wide[i] = narrow[i];
            }
            narrow = null;
        }
        wide[idx] = v;
    }

    /** Records one interval; the oldest drops out when the window is full. Negative values clamp to 0. */
    public void add(long intervalMillis) {
        int v = (int) Math.max(0, Math.min(Integer.MAX_VALUE, intervalMillis));
        if (size == cap()) {
            int old = at(next);
            sum -= old;
            sumOfSquares -= (long) old * old;
        } else {
            size++;
        }
        put(next, v);
        sum += v;
        sumOfSquares += (long) v * v;
        if (++next == cap()) {
            next = 0;
        }
        adds++;
        histogram.add(v);
    }

    /** Gaps added since the last clear (wraps after 2^31; only compared for equality). */
    public int adds() {
        return adds;
    }

    /**
     * A copy with another ring capacity that keeps the newest intervals and the whole histogram,
     * for when a live retune changes the detector's window size.
     */
    public ArrivalWindow resized(int capacity) {
        ArrivalWindow w = new ArrivalWindow(capacity);
        int keep = Math.min(size, capacity);
        for (int i = keep - 1; i >= 0; i--) {
            int v = recent(i);
            if (w.size == w.cap()) {
                int old = w.at(w.next);
                w.sum -= old;
                w.sumOfSquares -= (long) old * old;
            } else {
                w.size++;
            }
            w.put(w.next, v);
            w.sum += v;
            w.sumOfSquares += (long) v * v;
            w.next = (w.next + 1) % capacity;
        }
        w.adds = adds;
        w.histogram.copyFrom(histogram);
        return w;
    }

    /** Every gap since the last clear, binned; never forgets a long one (see {@link GapHistogram}). */
    public GapHistogram histogram() {
        return histogram;
    }

    /** The newest interval, 0 before the second heartbeat. */
    public int lastGap() {
        return size == 0 ? 0 : recent(0);
    }

    public void clear() {
        if (wide != null) {
            narrow = new char[wide.length];
            wide = null;
        }
        size = 0;
        next = 0;
        sum = 0;
        sumOfSquares = 0;
        adds = 0;
        histogram.clear();
        memoCount = -1;
    }

    public int size() {
        return size;
    }

    public int capacity() {
        return cap();
    }

    public double mean() {
        return size == 0 ? 0.0 : (double) sum / size;
    }

    /** Population variance, never negative. */
    public double variance() {
        if (size == 0) {
            return 0.0;
        }
        double m = mean();
        return Math.max(0.0, (double) sumOfSquares / size - m * m);
    }

    public double stdDev() {
        return Math.sqrt(variance());
    }

    /** The i-th most recent interval, 0 being the newest. */
    public int recent(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        int idx = Math.floorMod(next - 1 - i, cap());
        return at(idx);
    }

    /** Copies the intervals oldest-first into a new array (for details views and replays). */
    public int[] toArray() {
        int[] out = new int[size];
        for (int i = 0; i < size; i++) {
            out[size - 1 - i] = recent(i);
        }
        return out;
    }
}
