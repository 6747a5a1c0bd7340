package dev.pulsegrid.bench;

import dev.pulsegrid.cluster.gossip.Watchers;

/**
 * Bytes each peer sends per second once the mesh has settled, for growing clusters: bounded by
 * fanout x 1400 bytes per round plus bare heartbeats (~45 bytes each) to the peer's two watchers
 * and, for a T_fail after a change, to at most four replaced ones, whatever n is, where van Renesse's full table would grow with n.
 * Virtual time over the real table, codec and Membership; 1 s rounds, fanout 3, no loss, auto T_fail
 * ({@code -Dfail=R} for a fixed one).
 */
public final class GossipBandwidthBench {
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int fanout = 3;
        int[] sizes = {10, 50, 200, 500};
        System.out.printf("gossip bandwidth: fanout %d, round 1000 ms, measured over %d rounds after convergence%n", fanout, rounds);
        System.out.printf("%5s | %16s | %18s | %17s | %22s | %s%n", "n", "bytes/peer/s", "datagrams/peer/s",
                "mean datagram B", "bound B/s", "full table would be B/datagram");
        for (int i = 0; i < sizes.length; i++) {
            int n = sizes[i];
            GossipSimCluster c = GossipSimCluster.converged(n, 1000, fanout, GossipDisseminationBench.tFail(), 0.0, 7L * n);
            long settle = 2L * GossipDisseminationBench.failRounds(c);
            c.roundsUntil(() -> c.rounds >= settle, 10_000);
            c.bytesSent = 0;
            c.datagramsSent = 0;
            for (int r = 0; r < rounds; r++) {
                c.round();
            }
            double seconds = rounds;
            int fullTable = 36 + 7 + 2 + (n - 1) * (19 + 6 + ("peer-" + n).length());
            // fanout digests of at most 1400 B, plus the bare heartbeat (header + 2-byte count) to each
            // watcher and, for a T_fail after a change, to up to MAX_FORMER replaced ones
            int beat = 36 + ("peer-" + n).length() + 2;
            System.out.printf("%5d | %16.0f | %18.2f | %17.0f | %22d | %d%n", n, c.bytesSent / seconds / n,
                    c.datagramsSent / seconds / n, (double) c.bytesSent / c.datagramsSent,
                    fanout * 1400 + (Watchers.COUNT + Watchers.MAX_FORMER) * beat, fullTable);
        }
    }
}
