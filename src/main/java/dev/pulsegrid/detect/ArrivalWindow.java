package dev.pulsegrid.detect;

/**
 * A bounded ring of a node's most recent inter-arrival intervals (milliseconds), keeping a running
 * sum and sum of squares so that mean and variance cost O(1), as Akka's HeartbeatHistory does.
 * Not thread-safe: owned by the membership thread.
 */
public final class ArrivalWindow {
    private final int[] intervals;
    private int size;
    private int next;
    private long sum;
    private long sumOfSquares;

    public ArrivalWindow(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("window capacity must be >= 1, was " + capacity);
        }
        this.intervals = new int[capacity];
    }

    /** Records one interval; the oldest drops out when the window is full. Negative values clamp to 0. */
    public void add(long intervalMillis) {
        int v = (int) Math.max(0, Math.min(Integer.MAX_VALUE, intervalMillis));
        if (size == intervals.length) {
            int old = intervals[next];
            sum -= old;
            sumOfSquares -= (long) old * old;
        } else {
            size++;
        }
        intervals[next] = v;
        sum += v;
        sumOfSquares += (long) v * v;
        next = (next + 1) % intervals.length;
    }

    public void clear() {
        size = 0;
        next = 0;
        sum = 0;
        sumOfSquares = 0;
    }

    public int size() {
        return size;
    }

    public int capacity() {
        return intervals.length;
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
        int idx = Math.floorMod(next - 1 - i, intervals.length);
        return intervals[idx];
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
