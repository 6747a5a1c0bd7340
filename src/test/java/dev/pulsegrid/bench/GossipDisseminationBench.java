package dev.pulsegrid.bench;

import dev.pulsegrid.cluster.NodeState;
import java.time.Duration;
import java.util.Arrays;

/**
 * Rounds until every peer knows a new member, and until every survivor has declared a crashed one
 * DEAD, for n = 10, 50, 200, 500, in virtual time over the real table, digest codec and Membership
 * of every peer (fanout 3, 1 s rounds, digests of at most 1400 bytes, no loss).
 *
 * <p>T_fail is the default, auto ({@code AutoFail}: each peer derives it from the members it knows
 * and the rows one 1400-byte datagram holds), so the "auto T_fail" column is what the peers chose.
 * A crash is first declared by one of the victim's watchers ({@code Watchers}: 5 silent rounds) or, where
 * none judged, by T_fail; the rest adopt that verdict. The last lines fit the means to a + b ln n and to
 * a + b n. {@code -Dfail=R} uses a fixed T_fail of R
 * rounds for every n instead. Bytes per peer per second are counted over the settling rounds.
 *
 * <p>Run: {@code java -cp target/classes:target/test-classes:<deps>
 * dev.pulsegrid.bench.GossipDisseminationBench [trials]}
 */
public final class GossipDisseminationBench {
    static final int INTERVAL_MS = 1000;
    /** A condition that never held within the run's limit. */
    static final int NEVER = Integer.MIN_VALUE;
    static final int FANOUT = 3;
    /** {@code -Dn=N} runs one size only. */
    static final int[] SIZES = Integer.getInteger("n") != null ? new int[] {Integer.getInteger("n")} : new int[] {10, 50, 200, 500};
    /** A fixed T_fail in rounds ({@code -Dfail=R}), or null for the default, auto. */
    static final Integer FIXED_FAIL = Integer.getInteger("fail");

    /** The T_fail a cluster is built with: the fixed one, or null (auto). */
    static Duration tFail() {
        return FIXED_FAIL == null ? null : Duration.ofMillis((long) FIXED_FAIL * INTERVAL_MS);
    }

    /** T_fail in force (rounds), the largest among live peers: what settling waits for. */
    static int failRounds(GossipSimCluster c) {
        return (int) c.peers.stream().filter(p -> p.up).mapToLong(GossipSimCluster::failSeconds).max().orElse(0);
    }

    /** The smallest T_fail among live peers: the first DEAD verdict (which the rest adopt) comes after it. */
    static int minFailRounds(GossipSimCluster c) {
        return (int) c.peers.stream().filter(p -> p.up).mapToLong(GossipSimCluster::failSeconds).min().orElse(0);
    }

    public static void main(String[] args) {
        int trials = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        System.out.printf("gossip dissemination: fanout %d, round %d ms, digest <= 1400 B, T_fail %s, suspect-after T_fail/2,"
                + " dead-after T_fail, no loss, %d trials each%n", FANOUT, INTERVAL_MS,
                FIXED_FAIL == null ? "auto" : FIXED_FAIL + " rounds", trials);
        System.out.printf("%5s %6s %13s | %-26s | %-26s | %-26s | %12s | %s | %s%n", "n", "log3 n", "T_fail",
                "join: rounds until all know", "crash: rounds until all DEAD", "crash: rounds until 1st DEAD", "bytes/peer/s",
                "false DEAD", "resurrected");
        double[] joinMeans = new double[SIZES.length];
        double[] deadMeans = new double[SIZES.length];
        for (int si = 0; si < SIZES.length; si++) {
            int n = SIZES[si];
            int[] join = new int[trials];
            int[] dead = new int[trials];
            int[] first = new int[trials];
            long falseDead = 0;
            long resurrected = 0;
            long bytes = 0;
            long peerSeconds = 0;
            int fail = 0;
            int minFail = Integer.MAX_VALUE;
            for (int t = 0; t < trials; t++) {
                GossipSimCluster c = GossipSimCluster.converged(n, INTERVAL_MS, FANOUT, tFail(), 0.0, 1000L * n + t);
                long settle = 2L * failRounds(c);
                c.roundsUntil(() -> c.rounds >= settle, 10_000); // settle past bootstrap
                bytes += c.bytesSent;
                peerSeconds += c.rounds * n * INTERVAL_MS / 1000;
                String newcomer = "newcomer";
                c.add(newcomer, 1);
                join[t] = never(c.roundsUntil(() -> c.allKnow(newcomer), 1000));
                c.roundsUntil(c::converged, 1000);
                GossipSimCluster.Peer victim = c.peers.get(c.random.nextInt(n));
                victim.up = false;
                fail = Math.max(fail, failRounds(c));
                minFail = Math.min(minFail, minFailRounds(c));
                // The first verdict (a watcher's, or T_fail's where no watcher judged), then its spread.
                first[t] = never(c.roundsUntil(() -> c.anySees(victim.id, NodeState.DEAD), 1000));
                int rest = c.allSee(victim.id, NodeState.DEAD) ? 0 : c.roundsUntil(() -> c.allSee(victim.id, NodeState.DEAD), 1000);
                dead[t] = first[t] == NEVER || rest < 0 ? NEVER : first[t] + rest;
                falseDead += c.falseDead;
                resurrected += c.resurrections;
            }
            System.out.printf("%5d %6.1f %13s | %-26s | %-26s | %-26s | %12d | %10d | %d%n", n, Math.log(n) / Math.log(3),
                    (FIXED_FAIL == null ? "auto " : "") + (minFail == fail ? "" : minFail + "-") + fail + "s", stats(join, 0), stats(dead, 0), stats(first, 0),
                    bytes / Math.max(1, peerSeconds), falseDead, resurrected);
            joinMeans[si] = Arrays.stream(join).average().orElse(0);
            deadMeans[si] = Arrays.stream(dead).average().orElse(0);
        }
        if (SIZES.length >= 3) {
            System.out.println("least-squares fits of the means over n = " + Arrays.toString(SIZES) + ":");
            System.out.println("  join:              " + fit(SIZES, joinMeans, true) + "   vs   " + fit(SIZES, joinMeans, false));
            System.out.println("  crash -> all DEAD: " + fit(SIZES, deadMeans, true) + "   vs   " + fit(SIZES, deadMeans, false));
        }
    }

    /** y = a + b x by least squares, x = ln n or n, with R^2: which shape the figures follow. */
    static String fit(int[] n, double[] y, boolean log) {
        int k = n.length;
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (int i = 0; i < k; i++) {
            double x = log ? Math.log(n[i]) : n[i];
            sx += x;
            sy += y[i];
            sxx += x * x;
            sxy += x * y[i];
        }
        double b = (k * sxy - sx * sy) / (k * sxx - sx * sx);
        double a = (sy - b * sx) / k;
        double ssRes = 0, ssTot = 0;
        for (int i = 0; i < k; i++) {
            double x = log ? Math.log(n[i]) : n[i];
            ssRes += Math.pow(y[i] - (a + b * x), 2);
            ssTot += Math.pow(y[i] - sy / k, 2);
        }
        return String.format("%.2f + %.3f x %s (R^2 %.3f)", a, b, log ? "ln n" : "n   ", 1 - ssRes / Math.max(1e-12, ssTot));
    }

    static int never(int rounds) {
        return rounds < 0 ? NEVER : rounds;
    }

    static String stats(int[] v, int minus) {
        int[] s = Arrays.stream(v).map(x -> x == NEVER ? 9999 : x - minus).sorted().toArray(); // 9999: never
        double mean = Arrays.stream(s).average().orElse(0);
        return String.format("mean %.1f (min %d, max %d)", mean, s[0], s[s.length - 1]);
    }
}
