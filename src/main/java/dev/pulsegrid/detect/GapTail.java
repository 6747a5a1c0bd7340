package dev.pulsegrid.detect;

/**
 * How long a silence must be before it is unlikely enough, given a node's own gap history, to spend
 * from a false-alarm budget. Pure functions; {@link AdaptiveDetector} applies them per node.
 *
 * <p>The budget "B false alarms per node per T" with heartbeats every i means each gap may exceed
 * the threshold with probability p = B·i/T (one per week at 1 s: p = 1.65e-6). Such a quantile lies
 * far beyond any sample we hold, so the threshold is the larger of two extrapolations, plus a margin:
 * <ol>
 *   <li>lost heartbeats: gaps come in steps of the interval; k heartbeats lost in a row happen
 *       with probability λ^k where λ, the share of gaps longer than 1.5 intervals, is estimated
 *       from above ((a+1)/(n+2)) so that a short clean history does not claim a clean link. The
 *       threshold k·i + J (J: the largest on-time lateness seen) is crossed only by k losses.</li>
 *   <li>everything else (sender stalls, loss bursts): a generalized Pareto tail fitted by moments
 *       to the largest abnormal gaps (at most {@code tailK}), never below the largest gap seen.
 *       The shape is kept in [-0.5, 0.5]: bounded tails (a stall that never exceeds 3 s) end
 *       not far past the longest seen, heavy ones grow fast; below -0.5 an estimate from ten gaps
 *       would trust the sample maximum as the end point (and moment/likelihood estimates stop
 *       being regular there). With fewer than 5 gaps to fit, the shape is 0 (exponential).</li>
 * </ol>
 * Only abnormal gaps enter the tail fit, so it never straddles the step from on-time to one-lost.
 * Long gaps are kept, not dropped as Akka's phi does: they are the evidence.
 *
 * <p>A prior: until a node has shown {@code tailK} abnormal gaps, nothing is known about how long
 * its stalls can be, and independent losses are no model for a stall. So until then the threshold
 * is at least one interval plus a prior pause (Akka's acceptable pause, 3 s, plays the same role).
 */
public final class GapTail {
    /** Gaps beyond this many intervals count as abnormal: at least one heartbeat lost, or a stall. */
    static final double ABNORMAL = 1.5;
    /** Smallest tail scale, as a share of the interval: about a bin's width. */
    static final double MIN_SCALE = 0.02;
    /** Fewest gaps from which a tail shape is estimated rather than assumed exponential. */
    static final int MIN_SHAPE_SAMPLES = 5;
    static final double MIN_SHAPE = -0.5;
    static final double MAX_SHAPE = 0.5;

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
     * What a node's histogram says about its gaps, fitted once and then asked at several budgets.
     *
     * @param lateness     longest on-time gap beyond the interval (the jitter allowance J)
     * @param abnormal     gaps longer than 1.5 intervals
     * @param k            gaps in the tail fit (the longest abnormal ones, at most tailK)
     * @param anchorMs     the k-th longest gap (bin lower edge)
     * @param shape        generalized Pareto shape
     * @param scaleMs      generalized Pareto scale
     */
    public record Fit(GapHistogram histogram, int n, double interval, double lateness, int abnormal, int tailK, int k,
                      double anchorMs, double shape, double scaleMs) {
    }

    public static Fit fit(GapHistogram h, int tailK) {
        int n = h.total();
        double interval = h.typical();
        int abnormalLimit = (int) (ABNORMAL * interval);
        int abnormal = h.countAbove(abnormalLimit);
        double lateness = Math.max(0, h.largestAtOrBelow(abnormalLimit) - interval);
        int k = Math.min(tailK, abnormal);
        double anchor = 0;
        double shape = 0;
        double scale = 0;
        if (k > 0) {
            double[] top = h.topK(k);
            anchor = top[0];
            shape = paretoShape(top[1], top[2], k);
            scale = Math.max(top[1] * (1 - shape), MIN_SCALE * interval);
        }
        return new Fit(h, n, interval, lateness, abnormal, tailK, k, anchor, shape, scale);
    }

    /**
     * Threshold (ms) with exceedance probability about p, from the node's histogram; see the class
     * comment. {@code tailK} caps the gaps in the tail fit; {@code margin} is a fraction added on top;
     * {@code priorPauseMs} is the stall assumed possible until tailK abnormal gaps have been seen.
     */
    public static double thresholdMs(GapHistogram h, double p, int tailK, double margin, double priorPauseMs) {
        return thresholdMs(fit(h, tailK), p, margin, priorPauseMs);
    }

    public static double thresholdMs(Fit f, double p, double margin, double priorPauseMs) {
        double byLoss = lossRunLength(lossRateEstimate(f.abnormal(), f.n()), p) * f.interval() + f.lateness();
        double byTail;
        if (f.n() * p >= f.tailK()) {
            byTail = f.histogram().quantile(1 - p); // enough exceedances in the sample: no need to extrapolate
        } else {
            byTail = f.histogram().max();
            if (f.k() > 0) {
                byTail = Math.max(byTail, paretoTailQuantile(f.anchorMs(), f.scaleMs(), f.shape(), f.k(), f.n(), p));
            }
        }
        double prior = f.abnormal() < f.tailK() ? f.interval() + f.lateness() + priorPauseMs : 0;
        return (1 + margin) * Math.max(prior, Math.max(byLoss, byTail));
    }
}
