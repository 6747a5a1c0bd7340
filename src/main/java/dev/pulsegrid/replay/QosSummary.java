package dev.pulsegrid.replay;

import java.util.Locale;

/**
 * Quality of service of a detector over a trace, in the metrics of Chen, Toueg and Aguilera (2002):
 * detection time for known crashes, and for the mistakes (suspicions of nodes that were up) their
 * rate and duration; plus the rate of false DEAD declarations, the mistake that pages people.
 *
 * @param nodeHours         time nodes were up and watched (first heartbeat to crash or trace end)
 * @param crashes           known crashes followed by silence
 * @param undetected        known crashes the node restarted from before it was declared DEAD
 * @param detectionMedianMs median of crash -> DEAD, over detected crashes (NaN if none)
 * @param mistakeMeanMs     mean time from a false SUSPECT to the heartbeat that ended it
 * @param openAtEnd         nodes silent past their threshold when the trace ends, with no known crash
 */
public record QosSummary(int nodes, long arrivals, double nodeHours, int crashes, int undetected,
                         double detectionMedianMs, double detectionP99Ms, double detectionMaxMs,
                         long falseSuspicions, long falseDeads, double mistakeMeanMs, int openAtEnd) {

    public double falseSuspicionsPerNodeHour() {
        return nodeHours == 0 ? 0 : falseSuspicions / nodeHours;
    }

    public double falseDeadsPerNodeHour() {
        return nodeHours == 0 ? 0 : falseDeads / nodeHours;
    }

    /** Percentile (0..100) of sorted values by the nearest-rank method; NaN when empty. */
    public static double percentile(double[] sorted, int n, double pct) {
        if (n == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(pct / 100.0 * n);
        return sorted[Math.max(0, Math.min(n - 1, rank - 1))];
    }

    /** Multi-line human summary (the replay command prints it on stderr). */
    public String describe() {
        return String.format(Locale.ROOT,
                "nodes %d, heartbeats %d, %.1f node-hours%n"
                        + "known crashes %d: detected %d, median %s, p99 %s, max %s%s%n"
                        + "false suspicions %d (%.4f per node-hour), mean mistake duration %s%n"
                        + "false DEAD %d (%.4f per node-hour)%s",
                nodes, arrivals, nodeHours, crashes, crashes - undetected, seconds(detectionMedianMs),
                seconds(detectionP99Ms), seconds(detectionMaxMs),
                undetected == 0 ? "" : ", " + undetected + " restarted before detection",
                falseSuspicions, falseSuspicionsPerNodeHour(), seconds(mistakeMeanMs),
                falseDeads, falseDeadsPerNodeHour(),
                openAtEnd == 0 ? "" : String.format(Locale.ROOT, "%nsilent at trace end without a known crash: %d", openAtEnd));
    }

    static String seconds(double ms) {
        return Double.isNaN(ms) ? "-" : String.format(Locale.ROOT, "%.2fs", ms / 1000);
    }
}
