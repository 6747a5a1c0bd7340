package dev.pulsegrid.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pulsegrid.detect.FixedTimeoutDetector;
import dev.pulsegrid.protocol.Heartbeat;
import dev.pulsegrid.protocol.MessageType;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MembershipTest {
    private static final InetSocketAddress A = new InetSocketAddress("127.0.0.1", 4000);
    private static final InetSocketAddress B = new InetSocketAddress("127.0.0.2", 4000);

    private final ManualClock clock = new ManualClock();
    private final List<MembershipEvent> events = new ArrayList<>();
    private Membership m;

    @BeforeEach
    void setUp() {
        m = new Membership(clock, new FixedTimeoutDetector(Duration.ofSeconds(3), Duration.ofSeconds(10)));
        m.addListener(events::add);
    }

    private static Heartbeat hb(String id, long inc, long seq) {
        return new Heartbeat(MessageType.HEARTBEAT, id, inc, seq, 0, 1000, Map.of());
    }

    private List<String> transitions() {
        List<String> out = new ArrayList<>();
        for (MembershipEvent e : events) {
            if (e.isTransition()) {
                out.add(e.nodeId() + ":" + e.from() + "->" + e.to());
            }
        }
        return out;
    }

    @Test
    void firstHeartbeatIsATransitionIntoAlive() {
        m.onHeartbeat(Heartbeat.of("web-1"), A, "native");
        assertEquals(List.of("web-1:null->ALIVE"), transitions());
        MembershipEvent e = events.get(0);
        assertNull(e.from());
        assertEquals("first heartbeat", e.reason());
        assertEquals(A, e.address());
        assertEquals(NodeState.ALIVE, m.view("web-1").state());
    }

    @Test
    void silenceTurnsSuspectThenDeadAtExactlyTheConfiguredInstants() {
        m.onHeartbeat(Heartbeat.of("web-1"), A, "native");
        clock.advanceMillis(2999);
        m.advance();
        assertEquals(NodeState.ALIVE, m.view("web-1").state());
        clock.advanceMillis(1);
        m.advance();
        assertEquals(NodeState.SUSPECT, m.view("web-1").state());
        clock.advanceMillis(6999);
        m.advance();
        assertEquals(NodeState.SUSPECT, m.view("web-1").state());
        clock.advanceMillis(1);
        m.advance();
        assertEquals(NodeState.DEAD, m.view("web-1").state());
        assertEquals(List.of("web-1:null->ALIVE", "web-1:ALIVE->SUSPECT", "web-1:SUSPECT->DEAD"), transitions());
        assertEquals("no heartbeat for 10.0s (dead after 10.0s)", events.get(2).reason());
    }

    @Test
    void heartbeatsInTimeKeepANodeAliveForever() {
        for (int i = 0; i < 100; i++) {
            m.onHeartbeat(hb("web-1", 1, i + 1), A, "native");
            clock.advanceMillis(2500);
            m.advance();
        }
        assertEquals(List.of("web-1:null->ALIVE"), transitions());
    }

    @Test
    void aLongClockJumpReportsBothStepsInOrder() {
        m.onHeartbeat(Heartbeat.of("web-1"), A, "native");
        clock.advanceMillis(60_000);
        m.advance();
        assertEquals(List.of("web-1:null->ALIVE", "web-1:ALIVE->SUSPECT", "web-1:SUSPECT->DEAD"), transitions());
    }

    @Test
    void aResumedHeartbeatRevivesADeadNode() {
        m.onHeartbeat(hb("db-7", 1, 1), A, "native");
        clock.advanceMillis(12_000);
        m.advance();
        m.onHeartbeat(hb("db-7", 1, 2), A, "native");
        assertEquals(NodeState.ALIVE, m.view("db-7").state());
        assertEquals("heartbeat resumed after 12.0s", events.get(events.size() - 1).reason());
    }

    @Test
    void goodbyeTurnsLeftAndSilenceAfterwardsChangesNothing() {
        m.onHeartbeat(hb("web-1", 1, 1), A, "native");
        m.onHeartbeat(new Heartbeat(MessageType.LEAVE, "web-1", 1, 2, 0, 0, Map.of()), A, "native");
        clock.advanceMillis(60_000);
        m.advance();
        assertEquals(List.of("web-1:null->ALIVE", "web-1:ALIVE->LEFT"), transitions());
    }

    @Test
    void aNewIncarnationIsARestartAndOldIncarnationsAreIgnored() {
        m.onHeartbeat(hb("web-1", 5, 10), A, "native");
        clock.advanceMillis(12_000);
        m.advance(); // DEAD
        m.onHeartbeat(hb("web-1", 6, 1), A, "native");
        assertEquals(NodeState.ALIVE, m.view("web-1").state());
        assertTrue(events.stream().anyMatch(e -> e.kind() == MembershipEvent.Kind.RESTART
                && e.reason().equals("restart (incarnation 5 -> 6)")));
        int before = events.size();
        m.onHeartbeat(hb("web-1", 5, 11), A, "native");
        assertEquals(before, events.size());
        assertEquals(6, m.view("web-1").incarnation());
        assertEquals(1, m.staleDropped());
    }

    @Test
    void aReorderedOldSequenceDoesNotCountAsLiveness() {
        m.onHeartbeat(hb("web-1", 1, 5), A, "native");
        clock.advanceMillis(2000);
        m.onHeartbeat(hb("web-1", 1, 4), A, "native");
        clock.advanceMillis(1000);
        m.advance();
        assertEquals(NodeState.SUSPECT, m.view("web-1").state());
    }

    @Test
    void anAddressChangeIsAnEventNotConfusion() {
        m.onHeartbeat(hb("web-1", 1, 1), A, "native");
        m.onHeartbeat(hb("web-1", 1, 2), B, "native");
        MembershipEvent e = events.get(events.size() - 1);
        assertEquals(MembershipEvent.Kind.ADDRESS_CHANGE, e.kind());
        assertEquals("address 127.0.0.1:4000 -> 127.0.0.2:4000", e.reason());
        assertEquals(B, m.view("web-1").address());
        assertEquals(NodeState.ALIVE, m.view("web-1").state());
    }

    @Test
    void looseningTimeoutsLiveBringsSuspectNodesBackAndTighteningConvicts() {
        m.onHeartbeat(Heartbeat.of("a"), A, "native");
        clock.advanceMillis(4000);
        m.advance();
        assertEquals(NodeState.SUSPECT, m.view("a").state());
        m.setDetector(new FixedTimeoutDetector(Duration.ofSeconds(5), Duration.ofSeconds(20)));
        assertEquals(NodeState.ALIVE, m.view("a").state());
        clock.advanceMillis(1000);
        m.advance();
        assertEquals(NodeState.SUSPECT, m.view("a").state(), "new suspect-after 5s reached");
        m.setDetector(new FixedTimeoutDetector(Duration.ofSeconds(1), Duration.ofSeconds(2)));
        assertEquals(NodeState.DEAD, m.view("a").state());
        assertTrue(events.get(events.size() - 1).reason().startsWith("thresholds changed"));
    }

    @Test
    void snapshotsCarryCountsAndOnlyTheChangedSlots() {
        m.onHeartbeat(Heartbeat.of("a"), A, "native");
        m.onHeartbeat(Heartbeat.of("b"), A, "native");
        ClusterSnapshot s1 = m.publish();
        assertEquals(2, s1.nodeCount());
        assertEquals(2, s1.count(NodeState.ALIVE));
        assertEquals(2, s1.changedSlots().length);
        assertTrue(!m.hasChanges());
        clock.advanceMillis(1000);
        m.onHeartbeat(Heartbeat.of("b"), A, "native");
        ClusterSnapshot s2 = m.publish();
        assertEquals(1, s2.changedSlots().length);
        assertEquals("b", s2.nodes()[s2.changedSlots()[0]].id());
        assertTrue(s1.nodes()[0] == s2.nodes()[0], "unchanged views are shared, not copied");
        assertEquals(NodeState.ALIVE, s1.find("a").state(), "an old snapshot never changes");
    }

    @Test
    void manyNodesEachTransitionAtTheirOwnDeadline() {
        int n = 2000;
        for (int i = 0; i < n; i++) {
            m.onHeartbeat(Heartbeat.of("n" + i), A, "native");
            clock.advanceMillis(1);
        }
        events.clear();
        // node i heard at t0+i ms; suspect at t0+i+3000. Now = t0+2000.
        for (int step = 0; step < 3000; step++) {
            clock.advanceMillis(1);
            m.advance();
            long suspects = events.stream().filter(e -> e.to() == NodeState.SUSPECT).count();
            long now = 2000 + step + 1; // ms since t0
            long due = Math.max(0, Math.min(n, now - 3000 + 1));
            assertEquals(due, suspects, "at t0+" + now + "ms");
        }
    }
}
