package dev.pulsegrid.detect;

/**
 * How long a silence must be before it is unlikely enough, given a node's own gap history, to spend
 * from a false-alarm budget. Pure functions; {@link AdaptiveDetector} applies them per node.
 *
 * <p>The budget "B false alarms per node per T" with heartbeats every i means each gap may exceed
 * the threshold with probability p = B·i/T (one per week at 1 s: p = 1.65e-6). Such a quantile lies
 * far beyond any sample we hold, so the threshold is the larger of two extrapolations:
 * <ol>
 *   <li>lost heartbeats: gaps come in steps of the interval; k heartbeats lost in a row happen
 *       with probability λ^k where λ, the share of gaps longer than 1.5 intervals, is estimated
 *       from above ((a+1)/(n+2)) so that a short clean history does not claim a clean link. The
 *       threshold k·i + J (J: the largest on-time lateness seen) is crossed only by k losses.</li>
 *   <li>everything else (sender stalls, loss bursts): an exponential tail fitted to the k largest
 *       gaps, never below the largest gap seen.</li>
 * </ol>
 * plus a safety margin. Long gaps are kept, not dropped as Akka's phi does: they are the evidence.
 */
public final class GapTail {
    /** Gaps beyond this many intervals count as abnormal: at least one heartbeat lost, or a stall. */
    static final double ABNORMAL = 1.5;
    /** Smallest tail scale, as a share of the interval: a bin's width, so a tight tail is not trusted blindly. */
    static final double MIN_SCALE = 0.02;

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

    /**
     * Exponential tail (peaks over threshold): the k largest of n gaps start at {@code anchorMs} and
     * exceed it by {@code scaleMs} on average; P(gap > x) = (k/n)·exp(-(x-anchor)/scale) = p.
     */
    public static double exponentialTailQuantile(double anchorMs, double scaleMs, int k, int n, double p) {
        double ratio = k / (n * p);
        return ratio <= 1 ? anchorMs : anchorMs + scaleMs * Math.log(ratio);
    }

    /**
     * Threshold (ms) with exceedance probability about p, from the node's histogram; see the class
     * comment. {@code tailK} gaps anchor the tail fit; {@code margin} is a fraction added on top.
     */
    public static double thresholdMs(GapHistogram h, double p, int tailK, double margin) {
        int n = h.total();
        double interval = h.typical();
        int abnormalLimit = (int) (ABNORMAL * interval);
        double lateness = Math.max(0, h.largestAtOrBelow(abnormalLimit) - interval);
        double lossRate = lossRateEstimate(h.countAbove(abnormalLimit), n);
        double byLoss = lossRunLength(lossRate, p) * interval + lateness;

        double byTail;
        if (n * p >= tailK) {
            byTail = h.quantile(1 - p);
        } else {
            double[] top = h.topK(tailK);
            double scale = Math.max(top[1], MIN_SCALE * interval);
            byTail = Math.max(h.max(), exponentialTailQuantile(top[0], scale, Math.min(tailK, n), n, p));
        }
        return (1 + margin) * Math.max(byLoss, byTail);
    }
}
