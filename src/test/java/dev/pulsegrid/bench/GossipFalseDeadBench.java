package dev.pulsegrid.bench;

import java.time.Duration;

/**
 * False DEAD declarations (a live peer declared DEAD by another) over 10 simulated minutes at
 * n = 200 with 1% datagram loss, for a few T_fail settings; also false SUSPECTs and refutations.
 * A false DEAD can come from T_fail (a relayed counter staler than it) or from a watcher (a stream
 * silent for 5 rounds); {@code -Djoin=R} adds a member every R rounds so watchers change hands.
 * Virtual time over the real table, codec and Membership; 1 s rounds, fanout 3.
 */
public final class GossipFalseDeadBench {
    public static void main(String[] args) {
        // args: [T_fail seconds, or "auto"] [simulated minutes] [n]
        int n = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        double loss = 0.01;
        int minutes = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int[] failSeconds = args.length == 0 || args[0].equals("auto") ? new int[] {0} : new int[] {Integer.parseInt(args[0])};
        // -Djoin=R: a newcomer joins every R rounds, so members' watchers change under loss (WatcherFeed's grace)
        int joinEvery = Integer.getInteger("join", 0);
        System.out.printf("gossip false DEAD: n %d, loss %.0f%%, %d simulated minutes, fanout 3, round 1 s, suspect-after T_fail/2%s%n",
                n, loss * 100, minutes, joinEvery > 0 ? ", a newcomer every " + joinEvery + " rounds" : "");
        System.out.printf("%16s | %10s | %13s | %11s | %s%n", "T_fail", "false DEAD", "false SUSPECT", "refutations",
                "staleness p99 / p99.99 / max (rounds)");
        for (int f : failSeconds) {
            GossipSimCluster c = GossipSimCluster.converged(n, 1000, 3, f == 0 ? null : Duration.ofSeconds(f), loss, 99);
            long[] hist = new long[128];
            long refutedBefore = c.peers.stream().mapToLong(p -> p.node.refutations()).sum();
            for (int r = 0; r < minutes * 60; r++) {
                if (joinEvery > 0 && r % joinEvery == joinEvery - 1) {
                    c.add("newcomer-" + r, 1);
                }
                c.round();
                c.stalenessHistogram(hist);
            }
            long refutations = c.peers.stream().mapToLong(p -> p.node.refutations()).sum() - refutedBefore;
            String fail = f == 0 ? "auto " + autoRange(c) : f + "s";
            System.out.printf("%16s | %10d | %13d | %11d | %s%n", fail, c.falseDead, c.falseSuspect, refutations,
                    percentile(hist, 0.99) + " / " + percentile(hist, 0.9999) + " / " + max(hist));
        }
    }

    /** The auto T_fail the peers ended with, e.g. "35s", or "34-35s" when they differ. */
    static String autoRange(GossipSimCluster c) {
        long lo = c.peers.stream().filter(p -> p.up).mapToLong(GossipSimCluster::failSeconds).min().orElse(0);
        long hi = c.peers.stream().filter(p -> p.up).mapToLong(GossipSimCluster::failSeconds).max().orElse(0);
        return lo == hi ? lo + "s" : lo + "-" + hi + "s";
    }

    static int percentile(long[] hist, double q) {
        long total = 0;
        for (long h : hist) {
            total += h;
        }
        long acc = 0;
        for (int i = 0; i < hist.length; i++) {
            acc += hist[i];
            if (acc >= q * total) {
                return i;
            }
        }
        return hist.length - 1;
    }

    static int max(long[] hist) {
        for (int i = hist.length - 1; i >= 0; i--) {
            if (hist[i] > 0) {
                return i;
            }
        }
        return 0;
    }
}
