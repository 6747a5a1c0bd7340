package dev.pulsegrid.bench;

import dev.pulsegrid.cluster.NodeState;
import java.time.Duration;
import java.util.Arrays;

/**
 * Rounds until every peer knows a new member, and until every survivor has declared a crashed one
 * DEAD, for n = 10, 50, 200, 500, in virtual time over the real table, digest codec and Membership
 * of every peer (fanout 3, 1 s rounds, digests of at most 1400 bytes, no loss).
 *
 * <p>T_fail differs per n on purpose: with the digest bounded by 1400 bytes, a table of more than
 * ~40 rows no longer fits one datagram, each row is relayed less often, and T_fail must cover the
 * tail of that staleness (GossipStalenessBench prints it). The "minus T_fail" column is the part
 * that is dissemination.
 *
 * <p>Run: see docs in the report; {@code java -cp target/classes:target/test-classes:<deps>
 * dev.pulsegrid.bench.GossipDisseminationBench [trials]}
 */
public final class GossipDisseminationBench {
    static final int INTERVAL_MS = 1000;
    static final int FANOUT = 3;
    static final int[] SIZES = {10, 50, 200, 500};
    /** T_fail in rounds per n; {@code -Dfail=R} uses one T_fail for every n (the default T_fail is 10 rounds). */
    static final int[] FAIL_ROUNDS = Integer.getInteger("fail") != null
            ? new int[] {Integer.getInteger("fail"), Integer.getInteger("fail"), Integer.getInteger("fail"), Integer.getInteger("fail")}
            : new int[] {10, 10, 30, 80};

    public static void main(String[] args) {
        int trials = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        System.out.printf("gossip dissemination: fanout %d, round %d ms, digest <= 1400 B, suspect-after T_fail/2, dead-after T_fail, %d trials each%n",
                FANOUT, INTERVAL_MS, trials);
        System.out.printf("%5s %6s %7s | %-26s | %-26s | %-26s | %s | %s%n", "n", "log3 n", "T_fail",
                "join: rounds until all know", "crash: rounds until all DEAD", "crash: minus T_fail", "false DEAD", "resurrected");
        for (int i = 0; i < SIZES.length; i++) {
            int n = SIZES[i];
            long settle = 2L * FAIL_ROUNDS[i];
            Duration tFail = Duration.ofMillis((long) FAIL_ROUNDS[i] * INTERVAL_MS);
            int[] join = new int[trials];
            int[] dead = new int[trials];
            long falseDead = 0;
            long resurrected = 0;
            for (int t = 0; t < trials; t++) {
                GossipSimCluster c = GossipSimCluster.converged(n, INTERVAL_MS, FANOUT, tFail, 0.0, 1000L * n + t);
                c.roundsUntil(() -> c.rounds >= settle, 10_000); // settle past bootstrap
                String newcomer = "newcomer";
                c.add(newcomer, 1);
                join[t] = c.roundsUntil(() -> c.allKnow(newcomer), 1000);
                c.roundsUntil(c::converged, 1000);
                GossipSimCluster.Peer victim = c.peers.get(c.random.nextInt(n));
                victim.up = false;
                dead[t] = c.roundsUntil(() -> c.allSee(victim.id, NodeState.DEAD), 1000);
                falseDead += c.falseDead;
                resurrected += c.resurrections;
            }
            System.out.printf("%5d %6.1f %7d | %-26s | %-26s | %-26s | %10d | %d%n", n, Math.log(n) / Math.log(3),
                    FAIL_ROUNDS[i], stats(join, 0), stats(dead, 0), stats(dead, FAIL_ROUNDS[i]), falseDead, resurrected);
        }
    }

    static String stats(int[] v, int minus) {
        int[] s = Arrays.stream(v).map(x -> x < 0 ? 9999 : x - minus).sorted().toArray();
        double mean = Arrays.stream(s).average().orElse(0);
        return String.format("mean %.1f (min %d, max %d)", mean, s[0], s[s.length - 1]);
    }
}
