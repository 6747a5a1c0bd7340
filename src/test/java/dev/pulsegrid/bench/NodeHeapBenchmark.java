package dev.pulsegrid.bench;

import dev.pulsegrid.cluster.ClusterSnapshot;
import dev.pulsegrid.cluster.ManualClock;
import dev.pulsegrid.cluster.Membership;
import dev.pulsegrid.cluster.NodeState;
import dev.pulsegrid.detect.FixedTimeoutDetector;
import dev.pulsegrid.protocol.Heartbeat;
import dev.pulsegrid.protocol.MessageType;
import dev.pulsegrid.replay.ArrivalHistory;
import dev.pulsegrid.ui.TransitionLog;
import dev.pulsegrid.ui.grid.GridOrder;
import dev.pulsegrid.ui.grid.Inventory;
import dev.pulsegrid.ui.grid.NodeFilter;
import dev.pulsegrid.ui.grid.SortOrder;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Heap per tracked node in a calm cluster, without the noise of a live window on a shared machine:
 * N nodes heartbeat 20 times each (maps and strings decoded fresh per datagram, as the ingest
 * does) into a Membership in virtual time, with the GUI's TransitionLog listening and one grid
 * order built; used heap after GC, minus the same before, over N. (GridFrameBenchmark prints the
 * same figure for the whole live window, where storms of transitions add their events.)
 * Run: {@code mvn -Pbench test-compile exec:exec -Dbench=NodeHeapBenchmark -Dbench.args=100000}
 *
 * <p>Options (system properties): {@code -Dbench.history=true} records every arrival into the GUI's
 * what-if {@link ArrivalHistory} (default budget) as the live window does; {@code -Dbench.storm=P}
 * silences P percent of the nodes for 4 s twice, so they go SUSPECT and back twice
 * (the transition histories a loaded machine leaves behind); {@code -Dbench.histogram=true} prints
 * the top of the live-object histogram; {@code -Dbench.rounds=R} heartbeats R times instead of 20 (a
 * longer session fills the history's budget).
 */
public final class NodeHeapBenchmark {
    private NodeHeapBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        ManualClock clock = new ManualClock();
        Membership m = new Membership(clock, FixedTimeoutDetector.defaults());
        TransitionLog log = new TransitionLog();
        m.addListener(log);
        ArrivalHistory history = Boolean.getBoolean("bench.history") ? new ArrivalHistory() : null;
        if (history != null) {
            // arrivals jittered by up to +-20 ms, as a real network delivers them (virtual time has none)
            java.util.SplittableRandom jitter = new java.util.SplittableRandom(7);
            m.setArrivalListener((slot, id, ms) -> history.record(slot, id, ms + jitter.nextInt(-20, 21)));
        }
        int stormPercent = Integer.getInteger("bench.storm", 0);
        long before = BenchEnv.usedHeapAfterGc();
        ClusterSnapshot s = null;
        int rounds = Integer.getInteger("bench.rounds", 20);
        for (int round = 0; round < rounds; round++) {
            boolean stormRound = stormPercent > 0 && (round >= 8 && round < 12 || round >= 14 && round < 18);
            for (int i = 0; i < n; i++) {
                if (stormRound && i % 100 < stormPercent) {
                    continue;
                }
                Map<String, String> meta = new HashMap<>();
                meta.put(new String("zone"), "z" + (i % 8));
                meta.put(new String("role"), i % 3 == 0 ? "db" : "web");
                m.onHeartbeat(new Heartbeat(MessageType.HEARTBEAT, "node-" + i, 1, round + 1, 0, 1000, meta),
                        new InetSocketAddress("10.0." + (i / 250 % 250) + "." + (i % 250), 40_000 + i % 1000), "native");
            }
            clock.advanceMillis(1000);
            m.advance();
            s = m.publish();
            for (int pulse = 0; pulse < 60; pulse++) {
                log.drain(); // a second of 60 Hz pulses, each taking at most DRAIN_LIMIT events, as the window does
            }
        }
        GridOrder order = GridOrder.build(s.nodes(), Inventory.NONE, NodeFilter.ALL, null, SortOrder.FIRST_SEEN, clock.nanos());
        long after = BenchEnv.usedHeapAfterGc();
        System.out.printf(Locale.ROOT, "history=%s storm=%d%% ", history == null ? "off" : history.allocated() + " bytes", stormPercent);
        System.out.printf(Locale.ROOT, "nodes=%d alive=%d order=%d  heap per node after GC: %.0f bytes (%d MB -> %d MB)  %s%n",
                s.nodeCount(), s.count(NodeState.ALIVE), order.size(), (after - before) / (double) n, before >> 20, after >> 20,
                BenchEnv.loadAverage());
        if (Boolean.getBoolean("bench.histogram")) {
            System.out.print(BenchEnv.classHistogram(24));
        }
        // keep everything measured reachable until after the measurement
        if (m.view("node-0") == null || log.history("node-0") != null && order.size() < 0
                || history != null && history.nodeCount() < 0) {
            System.out.println("unexpected");
        }
    }
}
