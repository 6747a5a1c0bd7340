package dev.pulsegrid.detect;

/**
 * When a node's prior pause stops standing in for what it has not yet shown. Until a node has shown
 * {@code tailK} abnormal gaps, {@link GapTail} assumes stalls as long as the prior pause are possible
 * (Akka's acceptable pause, 3 s). A node whose silences outrun that prior, and that lost heartbeats do
 * not explain, is a node with stalls or loss bursts of unknown length: its longest gap is known, but
 * after n such episodes the next one outlasts all of them with probability 1/(n+1), whatever their
 * distribution, so the longest seen is a poor bound while n is small. On 2-10 s loss bursts that bound
 * made nine in ten of the adaptive detector's false DEADs (836 of 923, seed 1), nearly all in a node's
 * first hour. {@link AdaptiveDetector} therefore holds such a node's DEAD threshold to no less than
 * the fixed fallback's, the operator's own statement of what an unexplained silence may last, until
 * the prior would have retired; nodes that never outrun the prior are untouched. Pure functions.
 */
public final class RefutedPrior {

    private RefutedPrior() {
    }

    /**
     * Whether the node has shown a gap that neither lost heartbeats nor its prior explain (longer than
     * both the loss threshold at p and the prior's own threshold, i + J + prior pause, each widened by
     * the margin) while the prior still stands (fewer than {@code tailK} abnormal gaps): the prior is
     * refuted for this node, and too few episodes are in to replace it. A lost heartbeat or two refute
     * nothing: the loss estimate already covers them, whatever the prior pause.
     */
    public static boolean test(GapTail.Fit f, double p, int tailK, double margin, double priorPauseMs) {
        double i = f.interval();
        double allowed = Math.max(lossThresholdMs(f, p, margin), GapTail.widened(i, i + f.lateness() + priorPauseMs, margin));
        return f.abnormal() < tailK && f.histogram().max() > allowed;
    }

    /** k·i + (1 + margin)·J: the silence lost heartbeats alone may cause at p (see {@link GapTail}). */
    public static double lossThresholdMs(GapTail.Fit f, double p, double margin) {
        double lossRate = GapTail.lossRateEstimate(f.abnormal(), f.n());
        int k = GapTail.lossRunLength(lossRate, p);
        return k * f.interval() + (1 + margin) * GapTail.latenessAllowance(f, lossRate, k, p);
    }
}
