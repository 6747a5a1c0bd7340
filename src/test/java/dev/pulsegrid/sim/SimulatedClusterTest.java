package dev.pulsegrid.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pulsegrid.cluster.ManualClock;
import dev.pulsegrid.protocol.Heartbeat;
import dev.pulsegrid.protocol.HeartbeatRules;
import dev.pulsegrid.protocol.MessageType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The simulator in virtual time: minutes of cluster life per test, no sleeping. */
class SimulatedClusterTest {
    private final ManualClock clock = new ManualClock();
    private final List<Heartbeat> received = new ArrayList<>();

    private SimulatedCluster cluster(SimulationConfig config) {
        return new SimulatedCluster(config, clock, (hb, from) -> received.add(hb));
    }

    /** Advances virtual time in 100 ms steps, ticking after each, as a real driver loop would. */
    private void run(SimulatedCluster c, Duration d) {
        for (long ms = 0; ms < d.toMillis(); ms += 100) {
            clock.advanceMillis(100);
            c.tick();
        }
    }

    @Test
    void everyNodeSendsOncePerIntervalWithValidSendableHeartbeats() {
        SimulatedCluster c = cluster(SimulationConfig.steady(500, 1).withTiming(Duration.ofMillis(500), Duration.ofMillis(100)));
        run(c, Duration.ofSeconds(60));
        // 500 nodes x 120 intervals; jitter averages out, the first round starts within one interval.
        assertEquals(60_000, received.size(), 600);
        Set<String> ids = new HashSet<>();
        for (Heartbeat hb : received) {
            assertTrue(HeartbeatRules.isValid(hb), hb::toString);
            ids.add(hb.nodeId());
        }
        assertEquals(500, ids.size());
        assertTrue(ids.contains("web-001"));
        assertEquals(Set.of("role", "zone", "cluster"), received.get(0).meta().keySet());
    }

    @Test
    void sequenceGrowsByOneAndSentAtFollowsTheClock() {
        long start = clock.wallMillis();
        SimulatedCluster c = cluster(SimulationConfig.steady(3, 7));
        run(c, Duration.ofSeconds(10));
        Map<String, Long> lastSeq = new HashMap<>();
        for (Heartbeat hb : received) {
            long expected = lastSeq.getOrDefault(hb.nodeId(), 0L) + 1;
            assertEquals(expected, hb.sequence(), hb::toString);
            lastSeq.put(hb.nodeId(), hb.sequence());
            assertTrue(hb.sentAtMillis() >= start && hb.sentAtMillis() <= clock.wallMillis(), hb::toString);
        }
    }

    @Test
    void lossDropsTheConfiguredShareAndLeavesGapsInSequence() {
        SimulatedCluster c = cluster(SimulationConfig.steady(1000, 3).withLoss(0.1));
        run(c, Duration.ofSeconds(60));
        SimulationStats s = c.stats();
        assertEquals(s.sent(), s.delivered() + s.lost());
        assertEquals(received.size(), s.delivered());
        assertEquals(0.1, (double) s.lost() / s.sent(), 0.01);
        // Each lost datagram is a missing sequence number, except losses after a node's last delivery.
        Map<String, Long> lastSeq = new HashMap<>();
        Map<String, Long> count = new HashMap<>();
        for (Heartbeat hb : received) {
            lastSeq.put(hb.nodeId(), hb.sequence());
            count.merge(hb.nodeId(), 1L, Long::sum);
        }
        long missing = lastSeq.entrySet().stream().mapToLong(e -> e.getValue() - count.get(e.getKey())).sum();
        assertTrue(missing <= s.lost() && missing >= s.lost() * 0.95, () -> missing + " missing of " + s.lost() + " lost");
    }

    @Test
    void crashRateIsHonouredAndCrashedNodesFallSilent() {
        // Crash only, 1 per node per minute: after 30 s, 1 - e^-0.5 = 39.3% of the nodes are down.
        SimulatedCluster c = cluster(SimulationConfig.steady(5000, 11).withChurn(1.0, 0, 0, 0));
        run(c, Duration.ofSeconds(30));
        assertEquals(0.393, c.stats().crashed() / 5000.0, 0.025);
        assertEquals(c.stats().crashes(), c.stats().crashed());
        // Crash everyone (10 per minute for 2 more minutes), then nobody may say anything.
        SimulatedCluster all = cluster(SimulationConfig.steady(200, 12).withChurn(10, 0, 0, 0));
        run(all, Duration.ofMinutes(2));
        assertEquals(200, all.stats().crashed());
        received.clear();
        run(all, Duration.ofMinutes(1));
        assertEquals(List.of(), received);
    }

    @Test
    void steadyStateUpShareMatchesCrashAndRecoverRates() {
        // Up share of a two-state Markov chain: recover / (crash + recover) = 2 / 3.
        SimulatedCluster c = cluster(SimulationConfig.steady(3000, 5).withChurn(1.0, 2.0, 0, 0));
        run(c, Duration.ofMinutes(5));
        assertEquals(2.0 / 3, c.stats().up() / 3000.0, 0.04);
        assertTrue(c.stats().recoveries() > 1000, () -> c.stats().toString());
    }

    @Test
    void leavingNodeSendsLeaveAsItsLastWord() {
        SimulatedCluster c = cluster(SimulationConfig.steady(400, 9).withChurn(0, 0, 2.0, 0));
        run(c, Duration.ofMinutes(1));
        Map<String, Heartbeat> last = new HashMap<>();
        received.forEach(hb -> last.put(hb.nodeId(), hb));
        long leaves = received.stream().filter(Heartbeat::isLeave).count();
        assertEquals(c.stats().leaves(), leaves);
        assertTrue(leaves > 300, "2/min for 1 min leaves ~86% of 400, got " + leaves);
        for (int i = 0; i < c.size(); i++) {
            String id = c.nodeId(i);
            boolean running = c.isRunning(id);
            assertEquals(!running, last.get(id).isLeave(), id);
        }
    }

    @Test
    void underRandomChurnEachNodeOnlyMovesForwardAndSaysNothingAfterLeaveUntilARestart() {
        SimulatedCluster c = cluster(SimulationConfig.steady(300, 21).withChurn(2, 4, 2, 4).withLoss(0.05));
        run(c, Duration.ofMinutes(3));
        Map<String, Heartbeat> last = new HashMap<>();
        int restarts = 0;
        for (Heartbeat hb : received) {
            Heartbeat prev = last.put(hb.nodeId(), hb);
            if (prev == null) {
                continue;
            }
            if (hb.incarnation() == prev.incarnation()) {
                assertFalse(prev.isLeave(), () -> "sent after LEAVE without restart: " + hb);
                assertTrue(hb.sequence() > prev.sequence(), hb::toString);
            } else {
                assertTrue(hb.incarnation() > prev.incarnation(), hb::toString);
                restarts++;
            }
        }
        assertTrue(restarts > 300, "churn at these rates restarts every node a few times, got " + restarts);
    }

    @Test
    void restartComesBackWithHigherIncarnationAndSequenceFromOne() {
        SimulatedCluster c = cluster(SimulationConfig.steady(10, 4));
        run(c, Duration.ofSeconds(3));
        Heartbeat before = lastFrom("db-001");
        assertTrue(c.crash("db-001"));
        assertFalse(c.crash("db-001"), "already down");
        received.clear();
        run(c, Duration.ofSeconds(5));
        assertTrue(received.stream().noneMatch(hb -> hb.nodeId().equals("db-001")));
        assertTrue(c.restart("db-001"));
        run(c, Duration.ofSeconds(2));
        Heartbeat first = received.stream().filter(hb -> hb.nodeId().equals("db-001")).findFirst().orElseThrow();
        assertTrue(first.incarnation() > before.incarnation());
        assertEquals(1, first.sequence());
    }

    @Test
    void manualLeaveSendsLeaveAtOnceAndRejoinRaisesIncarnation() {
        SimulatedCluster c = cluster(SimulationConfig.steady(10, 4));
        run(c, Duration.ofSeconds(2));
        long inc = lastFrom("web-001").incarnation();
        assertTrue(c.leave("web-001"));
        assertEquals(MessageType.LEAVE, received.get(received.size() - 1).type());
        assertTrue(c.restart("web-001"));
        run(c, Duration.ofSeconds(1));
        assertEquals(inc + 1, lastFrom("web-001").incarnation());
        assertFalse(c.leave("no-such-node"));
    }

    @Test
    void sameSeedSameRunDifferentSeedDifferentRun() {
        SimulationConfig config = SimulationConfig.demo(300, 42).withChurn(1, 2, 0.5, 2).withLoss(0.05);
        List<Heartbeat> a = runOnce(config);
        List<Heartbeat> b = runOnce(config);
        assertEquals(a, b);
        assertNotEquals(a, runOnce(config.withSeed(43)));
    }

    @Test
    void hundredThousandNodesRunThroughVirtualSeconds() {
        long[] count = new long[1];
        SimulatedCluster c = new SimulatedCluster(SimulationConfig.demo(100_000, 1), clock, (hb, from) -> count[0]++);
        for (int s = 0; s < 5; s++) {
            clock.advanceMillis(1000);
            c.tick();
        }
        assertEquals(500_000 * 0.98, count[0], 10_000);
        assertEquals(100_000, c.stats().up() + c.stats().crashed() + c.stats().left());
    }

    @Test
    void driverThatFellAnHourBehindGetsNoHourOfBacklog() {
        SimulatedCluster c = cluster(SimulationConfig.steady(100, 2));
        run(c, Duration.ofSeconds(5));
        received.clear();
        clock.advance(Duration.ofHours(1));
        c.tick();
        assertTrue(received.size() <= 100 * 6, () -> received.size() + " heartbeats replayed");
        received.clear();
        run(c, Duration.ofSeconds(10));
        assertEquals(1000, received.size(), 30); // and back to one per node per second
    }

    @Test
    void nextDueTellsADriverHowLongItMaySleep() {
        SimulatedCluster c = cluster(SimulationConfig.steady(50, 2));
        long due = c.nextDueNanos();
        clock.advanceNanos(due - clock.nanos() - 1);
        assertEquals(0, c.tick());
        clock.advanceNanos(1);
        assertTrue(c.tick() >= 1);
        assertTrue(c.nextDueNanos() > clock.nanos());
    }

    private List<Heartbeat> runOnce(SimulationConfig config) {
        ManualClock own = new ManualClock();
        List<Heartbeat> out = new ArrayList<>();
        SimulatedCluster c = new SimulatedCluster(config, own, (hb, from) -> out.add(hb));
        for (int i = 0; i < 600; i++) {
            own.advanceMillis(100);
            c.tick();
        }
        return out;
    }

    private Heartbeat lastFrom(String id) {
        for (int i = received.size() - 1; i >= 0; i--) {
            if (received.get(i).nodeId().equals(id)) {
                return received.get(i);
            }
        }
        throw new AssertionError("nothing from " + id);
    }
}
