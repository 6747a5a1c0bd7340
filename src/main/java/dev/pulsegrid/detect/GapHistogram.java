package dev.pulsegrid.detect;

/**
 * Every gap a node has ever shown, binned log-linearly (16 bins per doubling, so a bin is 3-6% wide)
 * in {@code char} counts over only the octaves the node's gaps have reached (memory per node matters
 * at 100,000 nodes). Unlike the bounded ring it forgets nothing short of the halving that ages all counts when one bin saturates, so rare long gaps (lost heartbeats, sender
 * stalls, loss bursts) stay in view: they are exactly what the adaptive detector must budget for.
 * Gaps of 2^20 ms (17.5 min) or more share the top bin; the exact maximum is kept aside.
 */
public final class GapHistogram {
    static final int SUB_BITS = 4;
    static final int SUB = 1 << SUB_BITS;
    static final int OCTAVES = 16;
    public static final int BINS = SUB + OCTAVES * SUB;
    /** Largest value with its own bin; larger gaps are clamped into the top bin. */
    public static final int TOP = (1 << (SUB_BITS + OCTAVES)) - 1;

    private static final char[] NONE = new char[0];
    /** Counts of bins [firstBin, firstBin + counts.length), grown in whole octaves as gaps arrive: a node
     *  heartbeating steadily spans one or two octaves, ~50-80 bytes instead of a dense 560. */
    private char[] counts = NONE;
    private int firstBin;
    private int total;
    private int max;

    /** The bin a gap of {@code ms} milliseconds falls in. */
    public static int binOf(int ms) {
        int v = Math.max(0, Math.min(TOP, ms));
        if (v < SUB) {
            return v;
        }
        int e = 31 - Integer.numberOfLeadingZeros(v);
        int sub = (v >>> (e - SUB_BITS)) - SUB;
        return SUB + (e - SUB_BITS) * SUB + sub;
    }

    /** Smallest gap (ms) that falls in bin {@code b}. */
    public static int lowerEdge(int b) {
        if (b < SUB) {
            return b;
        }
        int e = (b - SUB) / SUB + SUB_BITS;
        int sub = (b - SUB) % SUB;
        return (SUB + sub) << (e - SUB_BITS);
    }

    /** Largest gap (ms) that falls in bin {@code b}. */
    public static int upperEdge(int b) {
        return b + 1 >= BINS ? TOP : lowerEdge(b + 1) - 1;
    }

    public void add(int ms) {
        int b = binOf(ms);
        cover(b);
        int i = b - firstBin;
        if (counts[i] == Character.MAX_VALUE) {
            age();
        }
        counts[i]++;
        total++;
        max = Math.max(max, ms);
    }

    /** Grows the counted range, in whole octaves, to include bin {@code b}. */
    private void cover(int b) {
        int lo = b & ~(SUB - 1);
        if (counts.length == 0) {
            firstBin = lo;
            counts = new char[SUB];
        } else if (b < firstBin) {
            char[] grown = new char[counts.length + firstBin - lo];
            System.arraycopy(counts, 0, grown, firstBin - lo, counts.length);
            counts = grown;
            firstBin = lo;
        } else if (b >= firstBin + counts.length) {
            counts = java.util.Arrays.copyOf(counts, lo + SUB - firstBin);
        }
    }

    /** Halves every count: old behaviour weighs half as much as what follows. */
    private void age() {
        int t = 0;
        for (int i = 0; i < counts.length; i++) {
            counts[i] = (char) (counts[i] >>> 1);
            t += counts[i];
        }
        total = t;
    }

    void copyFrom(GapHistogram other) {
        counts = other.counts.length == 0 ? NONE : other.counts.clone();
        firstBin = other.firstBin;
        total = other.total;
        max = other.max;
    }

    public void clear() {
        counts = NONE;
        firstBin = 0;
        total = 0;
        max = 0;
    }

    private int counts(int bin) {
        int i = bin - firstBin;
        return i >= 0 && i < counts.length ? counts[i] : 0;
    }

    public int total() {
        return total;
    }

    /** The longest gap seen since the last clear, exact. */
    public int max() {
        return max;
    }

    public int count(int bin) {
        return counts(bin);
    }

    /**
     * Upper edge of the bin holding the q-quantile (0 < q <= 1): conservative by at most one bin
     * width. Returns 0 when empty.
     */
    public int quantile(double q) {
        if (total == 0) {
            return 0;
        }
        long need = Math.max(1, (long) Math.ceil(q * total));
        if (need > total / 2) { // a tail quantile: walk down from the longest gap, a few bins
            long through = total;
            for (int b = binOf(max); b >= firstBin; b--) {
                if (through - counts(b) < need) {
                    return Math.min(upperEdge(b), max);
                }
                through -= counts(b);
            }
        }
        long seen = 0;
        for (int b = firstBin; b < firstBin + counts.length; b++) {
            seen += counts(b);
            if (seen >= need) {
                return Math.min(upperEdge(b), max);
            }
        }
        return max;
    }

    /** The node's own interval: the middle of the median's bin (unbiased, unlike a tail quantile). */
    public double typical() {
        int upper = quantile(0.5);
        int b = binOf(upper);
        return Math.min(max, (lowerEdge(b) + upperEdge(b)) / 2.0);
    }

    /** How many gaps fall in bins that lie wholly above {@code ms}. */
    public int countAbove(int ms) {
        int n = 0;
        int top = binOf(max);
        for (int b = binOf(ms) + 1; b <= top; b++) {
            n += counts(b);
        }
        return n;
    }

    /** Upper edge of the highest non-empty bin at or below {@code ms} (the longest "normal" gap); 0 if none. */
    public int largestAtOrBelow(int ms) {
        for (int b = binOf(ms); b >= 0; b--) {
            if (counts(b) != 0) {
                return Math.min(upperEdge(b), Math.min(ms, max));
            }
        }
        return 0;
    }

    /**
     * The k-th largest gap (lower bin edge, so excesses over it are not understated) and the mean
     * and variance of the k largest gaps' excesses over it (bin upper edges; the exact maximum in
     * the top bin): the anchor and moments of a tail fit. Returns {anchor, meanExcess, varExcess}.
     */
    public double[] topK(int k) {
        int kk = Math.min(k, total);
        if (kk <= 0) {
            return new double[] {0, 0, 0};
        }
        int taken = 0;
        double sum = 0;
        double sumSq = 0;
        int topBin = binOf(max);
        for (int b = topBin; b >= 0 && taken < kk; b--) {
            int c = Math.min(counts(b), kk - taken);
            if (c == 0) {
                continue;
            }
            double value = b == topBin ? max : upperEdge(b);
            sum += value * c;
            sumSq += value * value * c;
            taken += c;
            if (taken == kk) {
                double anchor = lowerEdge(b);
                double mean = sum / kk;
                double var = Math.max(0, sumSq / kk - mean * mean);
                return new double[] {anchor, mean - anchor, var};
            }
        }
        return new double[] {0, 0, 0};
    }
}
