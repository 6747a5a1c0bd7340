package dev.pulsegrid.detect;

/**
 * How long a silence must be before it is unlikely enough, given a node's own gap history, to spend
 * from a false-alarm budget. Pure functions; {@link AdaptiveDetector} applies them per node.
 *
 * <p>The budget "B false alarms per node per T" with heartbeats every i means each gap may exceed
 * the threshold with probability p = B·i/T (one per year at 1 s: p = 3.2e-8). Such a quantile lies
 * far beyond any sample we hold, so the threshold is the largest of three estimates:
 * <ol>
 *   <li>lost heartbeats: k heartbeats lost in a row make a gap of (k+1)·i, and happen with
 *       probability λ^k, where λ, the share of gaps longer than 1.5 intervals, is estimated from
 *       above ((a+1)/(n+2)) so that a short clean history does not claim a clean link. The
 *       threshold k·i + J for the smallest k with λ^k <= p is crossed by k losses in a row, or by
 *       k-1 and a late heartbeat; J is the lateness that spends what the k losses leave of p
 *       (see {@link #latenessAllowance}). A LAN node losing one heartbeat in a thousand tolerates
 *       two in a row at one false DEAD a year (threshold 3·i + J), not just one.</li>
 *   <li>what independent losses do not explain, the episodes (sender stalls, loss bursts): gaps
 *       longer than that threshold, and, if the abnormal gaps lie off the lattice of whole
 *       intervals, those off it (see {@link #episodes}). If there are any, the threshold is at
 *       least the longest gap seen, and once there are 5 or more, a generalized Pareto tail
 *       fitted by moments to the longest of them (at most {@code tailK}) extrapolated to p.
 *       The shape is kept in [-0.5, 0.25]: bounded tails (a stall that never exceeds 3 s) end
 *       not far past the longest seen, heavy ones grow fast; below -0.5 an estimate from ten
 *       gaps would trust the sample maximum as the end point, and above 0.25 the moment
 *       estimate stops being one (the sample variance it rests on has no finite variance there;
 *       Hosking and Wallis 1987). From fewer than 5 episodes no shape can be told, so none is
 *       extrapolated: the longest seen (with the margin, and the prior pause below) is the
 *       estimate.</li>
 *   <li>a prior: until a node has shown {@code tailK} abnormal gaps, nothing is known about how
 *       long its stalls can be, and independent losses are no model for a stall. So until then
 *       the threshold is at least one interval plus J plus a prior pause (Akka's acceptable pause,
 *       3 s, plays the same role).</li>
 * </ol>
 * A node whose silences outrun that prior before it retires is held to the fixed fallback's DEAD
 * time instead: see {@link RefutedPrior}.
 * The margin widens what is estimated (jitter, stall and burst lengths: the silence beyond one
 * interval), never the whole intervals of the loss estimate, which are exact. Long gaps are kept,
 * not dropped as Akka's phi does: they are the evidence.
 */
public final class GapTail {
    /** Gaps beyond this many intervals count as abnormal: at least one heartbeat lost, or a stall. */
    static final double ABNORMAL = 1.5;
    /** Smallest tail scale, as a share of the interval: about a bin's width. */
    static final double MIN_SCALE = 0.02;
    /** Fewest episodes from which a tail is extrapolated at all. */
    static final int MIN_SHAPE_SAMPLES = 5;
    static final double MIN_SHAPE = -0.5;
    static final double MAX_SHAPE = 0.25;

    private GapTail() {
    }

    /** p = i/T, the per-gap exceedance probability of one false alarm per {@code budgetMs}; at most 0.5. */
    public static double exceedanceProbability(double intervalMs, double budgetMs) {
        return Math.min(0.5, intervalMs / budgetMs);
    }

    /** Upper estimate (Laplace) of the share of abnormal gaps: never 0, even before the first loss. */
    public static double lossRateEstimate(int abnormal, int n) {
        return (abnormal + 1.0) / (n + 2.0);
    }

    /** Smallest k >= 1 with lossRate^k <= p: how many heartbeats in a row may go missing unjudged. */
    public static int lossRunLength(double lossRate, double p) {
        if (lossRate <= p) {
            return 1;
        }
        return (int) Math.ceil(Math.log(p) / Math.log(lossRate) - 1e-9);
    }

    /** Method-of-moments shape of a generalized Pareto tail: ξ = (1 - m²/s²)/2, clamped; 0 below 5 samples. */
    public static double paretoShape(double meanExcess, double varExcess, int samples) {
        if (samples < MIN_SHAPE_SAMPLES) {
            return 0;
        }
        if (varExcess <= 0) {
            return MIN_SHAPE;
        }
        double xi = 0.5 * (1 - meanExcess * meanExcess / varExcess);
        return Math.max(MIN_SHAPE, Math.min(MAX_SHAPE, xi));
    }

    /**
     * Generalized Pareto tail (peaks over threshold): the k largest of n gaps exceed {@code anchorMs}
     * by {@code scale/(1-shape)} on average. Solves P(gap > x) = (k/n)·(1 + shape·(x-anchor)/scale)^(-1/shape) = p;
     * shape 0 is the exponential tail anchor + scale·ln(k/(n·p)).
     */
    public static double paretoTailQuantile(double anchorMs, double scaleMs, double shape, int k, int n, double p) {
        double ratio = k / (n * p);
        if (ratio <= 1) {
            return anchorMs;
        }
        if (Math.abs(shape) < 1e-9) {
            return anchorMs + scaleMs * Math.log(ratio);
        }
        return anchorMs + scaleMs / shape * (Math.pow(ratio, shape) - 1);
    }

    /**
     * What a node's histogram says about the body of its gaps, fitted once and then asked at several budgets.
     *
     * @param lateness     longest on-time gap beyond the interval (the jitter allowance J)
     * @param abnormal     gaps longer than 1.5 intervals (a heartbeat lost, or a stall)
     * @param jitter       the on-time gaps' 99th-percentile lateness (see {@link Fit#stalls})
     * @param stalls       whether the abnormal gaps lie off the lattice of whole intervals
     */
    public record Fit(GapHistogram histogram, int n, double interval, double lateness, int abnormal, double jitter,
                      boolean stalls) {
    }

    public static Fit fit(GapHistogram h) {
        int n = h.total();
        double interval = h.typical();
        int abnormalLimit = (int) (ABNORMAL * interval);
        int abnormal = h.countAbove(abnormalLimit);
        double lateness = Math.max(0, h.largestAtOrBelow(abnormalLimit) - interval);
        int onTime = n - abnormal;
        double jitter = onTime <= 0 ? lateness : Math.max(0, h.quantile(0.99 * onTime / n) - interval);
        return new Fit(h, n, interval, lateness, abnormal, jitter, offLattice(h, interval, abnormal, jitter));
    }

    /**
     * Threshold (ms) with exceedance probability about p, from the node's histogram; see the class
     * comment. {@code tailK} caps the gaps in the tail fit and is the count of abnormal gaps that
     * retires the prior; {@code margin} is a fraction added to the estimated silence;
     * {@code priorPauseMs} is the stall assumed possible until then.
     */
    public static double thresholdMs(GapHistogram h, double p, int tailK, double margin, double priorPauseMs) {
        return thresholdMs(fit(h), p, tailK, margin, priorPauseMs);
    }

    public static double thresholdMs(Fit f, double p, int tailK, double margin, double priorPauseMs) {
        double i = f.interval();
        double lossRate = lossRateEstimate(f.abnormal(), f.n());
        int k = lossRunLength(lossRate, p);
        double lateness = latenessAllowance(f, lossRate, k, p);
        double threshold = k * i + (1 + margin) * lateness;
        GapHistogram h = f.histogram();
        double tail = 0;
        if (f.n() * p >= tailK) {
            tail = h.quantile(1 - p); // enough exceedances in the sample: no need to extrapolate
        } else {
            double[] top = episodes(f, k * i + lateness, tailK);
            int kk = (int) top[3];
            if (kk > 0) {
                tail = h.max();
            }
            if (kk >= MIN_SHAPE_SAMPLES) {
                double shape = paretoShape(top[1], top[2], kk);
                double scale = Math.max(top[1] * (1 - shape), MIN_SCALE * i);
                tail = Math.max(tail, paretoTailQuantile(top[0], scale, shape, kk, f.n(), p));
            }
        }
        threshold = Math.max(threshold, widened(i, tail, margin));
        if (f.abnormal() < tailK) {
            threshold = Math.max(threshold, widened(i, i + f.lateness() + priorPauseMs, margin));
        }
        return threshold;
    }

    /**
     * J for the loss threshold k·i + J: that threshold is crossed by k losses in a row (probability
     * λ^k) or by k-1 losses and a heartbeat later than J (λ^(k-1)·P(lateness > J)); J is the
     * lateness quantile that spends what k losses leave of p, r = (p - λ^k)/λ^(k-1). When r is
     * below one on-time gap in the history, the longest lateness seen.
     */
    public static double latenessAllowance(Fit f, double lossRate, int k, double p) {
        int onTime = f.n() - f.abnormal();
        double r = (p - Math.pow(lossRate, k)) / Math.pow(lossRate, k - 1);
        if (onTime <= 0 || r * onTime < 1) {
            return f.lateness();
        }
        double q = (1 - r) * onTime / f.n();
        return Math.min(f.lateness(), Math.max(0, f.histogram().quantile(q) - f.interval()));
    }

    /**
     * The gaps lost heartbeats do not explain, the episodes the tail fit is about: those longer
     * than the loss threshold, and, when the abnormal gaps lie off the lattice of whole intervals
     * (see {@link Fit#stalls}), every abnormal gap that is off it. Single losses are left out:
     * the loss threshold covers them, and mixed into a fit of stalls they would pass for a long
     * exponential tail. Like {@link GapHistogram#topK}, over the longest {@code tailK} episodes
     * (bin upper edges, the exact maximum in its bin): {anchor (lower edge of the last one taken),
     * mean excess, variance of the excesses, count taken}; all 0 when there are none.
     */
    public static double[] episodes(Fit f, double lossThresholdMs, int tailK) {
        GapHistogram h = f.histogram();
        double i = f.interval();
        boolean stalls = f.stalls();
        double jitter = f.jitter();
        int lowest = GapHistogram.binOf((int) (ABNORMAL * i)) + 1;
        int above = GapHistogram.binOf((int) lossThresholdMs) + 1;
        int topBin = GapHistogram.binOf(h.max());
        int taken = 0;
        double sum = 0;
        double sumSq = 0;
        double anchor = 0;
        for (int b = topBin; b >= lowest && taken < tailK; b--) {
            if (h.count(b) == 0 || (b < above && !(stalls && offLattice(b, h.max(), i, jitter)))) {
                continue;
            }
            int c = Math.min(h.count(b), tailK - taken);
            double value = b == topBin ? h.max() : GapHistogram.upperEdge(b);
            sum += value * c;
            sumSq += value * value * c;
            taken += c;
            anchor = GapHistogram.lowerEdge(b);
        }
        if (taken == 0) {
            return new double[] {0, 0, 0, 0};
        }
        double mean = sum / taken;
        return new double[] {anchor, mean - anchor, Math.max(0, sumSq / taken - mean * mean), taken};
    }

    /**
     * Whether the abnormal gaps look like stalls rather than lost heartbeats: lost heartbeats only
     * make gaps of (k+1)·i plus the usual lateness, so more than a tenth of the abnormal gaps lying
     * farther than the on-time gaps' 99th-percentile lateness from every whole number of intervals
     * (at bin resolution) says their length is not counted in intervals. The 99th percentile, not
     * the maximum, because short stalls land among the on-time gaps and would stretch the maximum
     * over the whole lattice; the tenth, because 1% of lost-heartbeat gaps are that late too.
     * {@link #fit} asks it once per fit.
     */
    public static boolean offLattice(GapHistogram h, double intervalMs, int abnormal, double jitter) {
        if (abnormal == 0 || h.total() - abnormal <= 0 || intervalMs < 1) {
            return false;
        }
        int off = 0;
        for (int b = GapHistogram.binOf((int) (ABNORMAL * intervalMs)) + 1; b <= GapHistogram.binOf(h.max()); b++) {
            if (h.count(b) > 0 && offLattice(b, h.max(), intervalMs, jitter)) {
                off += h.count(b);
            }
        }
        return off * 10 > abnormal;
    }

    /** Whether no whole number of intervals lies within {@code jitter} of bin b's gaps. */
    static boolean offLattice(int b, int max, double intervalMs, double jitter) {
        double lo = GapHistogram.lowerEdge(b);
        double hi = Math.min(GapHistogram.upperEdge(b), max);
        return Math.floor((hi + jitter) / intervalMs) < Math.ceil((lo - jitter) / intervalMs);
    }

    /** i + (1 + margin)·(silence - i): the margin on the estimated part of a silence, not on the interval. */
    static double widened(double intervalMs, double silenceMs, double margin) {
        return silenceMs <= intervalMs ? silenceMs : intervalMs + (1 + margin) * (silenceMs - intervalMs);
    }
}
