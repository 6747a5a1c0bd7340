package dev.pulsegrid.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pulsegrid.detect.FixedTimeoutDetector;
import dev.pulsegrid.protocol.Heartbeat;
import dev.pulsegrid.protocol.MessageType;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bounded memory and spoofing signals: node cap, forgetting DEAD/LEFT nodes, address conflicts. */
class MembershipLimitsTest {
    private static final InetSocketAddress A = new InetSocketAddress("10.0.0.1", 7000);
    private static final InetSocketAddress B = new InetSocketAddress("10.0.0.66", 7000);

    private final ManualClock clock = new ManualClock();
    private final List<MembershipEvent> events = new ArrayList<>();

    private Membership membership(int cap, Duration forgetAfter) {
        Membership m = new Membership(clock, new FixedTimeoutDetector(Duration.ofSeconds(3), Duration.ofSeconds(10)),
                new MembershipLimits(cap, forgetAfter));
        m.addListener(events::add);
        return m;
    }

    private static Heartbeat hb(String id, long seq) {
        return new Heartbeat(MessageType.HEARTBEAT, id, 1, seq, 0, 1000, Map.of());
    }

    @Test
    void newIdsPastTheCapAreRefusedAndCountedWhileKnownNodesKeepWorking() {
        Membership m = membership(3, Duration.ZERO);
        for (int i = 0; i < 5; i++) {
            m.onHeartbeat(Heartbeat.of("n" + i), A, "native");
        }
        assertEquals(3, m.size());
        assertEquals(2, m.refusedOverCap());
        assertNull(m.view("n4"));
        clock.advanceMillis(1000);
        m.onHeartbeat(Heartbeat.of("n0"), A, "native");
        assertEquals(2, m.refusedOverCap(), "known nodes are never refused");
    }

    @Test
    void deadAndLeftNodesAreForgottenAfterTheCleanupTimeAndTheirSlotIsReused() {
        Membership m = membership(10, Duration.ofMinutes(5));
        m.onHeartbeat(hb("crashed", 1), A, "native");
        m.onHeartbeat(hb("leaver", 1), A, "native");
        m.onHeartbeat(new Heartbeat(MessageType.LEAVE, "leaver", 1, 2, 0, 0, Map.of()), A, "native");
        clock.advance(Duration.ofSeconds(10)); // crashed -> DEAD at t=10s
        m.advance();
        assertEquals(NodeState.DEAD, m.view("crashed").state());
        clock.advance(Duration.ofMinutes(5).minusSeconds(10).minusMillis(1));
        m.advance();
        assertEquals(NodeState.LEFT, m.view("leaver").state(), "left at t=0, forgotten only at 5m");
        clock.advanceMillis(1);
        m.advance();
        assertNull(m.view("leaver"));
        assertEquals(NodeState.DEAD, m.view("crashed").state(), "dead at t=10s, forgotten at 5m10s");
        clock.advance(Duration.ofSeconds(10));
        m.advance();
        assertNull(m.view("crashed"));
        assertEquals(0, m.size());
        assertEquals(2, m.forgotten());
        assertTrue(events.stream().filter(e -> e.kind() == MembershipEvent.Kind.FORGOTTEN).count() == 2);
        ClusterSnapshot s = m.publish();
        assertEquals(0, s.nodeCount());
        assertEquals(0, s.count(NodeState.DEAD) + s.count(NodeState.LEFT));
        m.onHeartbeat(Heartbeat.of("newcomer"), A, "native");
        assertTrue(m.view("newcomer").slot() <= 1, "a freed slot is reused");
        assertEquals(2, m.publish().nodes().length, "no growth from churn");
    }

    @Test
    void aForgottenNodeThatReturnsIsANewFirstHeartbeat() {
        Membership m = membership(10, Duration.ofMinutes(1));
        m.onHeartbeat(hb("x", 1), A, "native");
        clock.advance(Duration.ofSeconds(10));
        m.advance(); // DEAD at 10s
        clock.advance(Duration.ofMinutes(1));
        m.advance(); // forgotten one minute later
        assertNull(m.view("x"));
        events.clear();
        m.onHeartbeat(hb("x", 2), A, "native");
        assertEquals("first heartbeat", events.get(0).reason());
    }

    @Test
    void aMoveIsAnAddressChangeButTwoSendersAtOnceAreAConflict() {
        Membership m = membership(10, Duration.ZERO);
        m.onHeartbeat(hb("db-1", 1), A, "native");
        clock.advanceMillis(1000);
        m.onHeartbeat(hb("db-1", 2), B, "native");
        assertEquals(MembershipEvent.Kind.ADDRESS_CHANGE, events.get(events.size() - 1).kind());
        assertEquals(B, m.view("db-1").address());
        assertTrue(!m.view("db-1").inConflict());
        clock.advanceMillis(500);
        m.onHeartbeat(hb("db-1", 3), A, "native"); // A is still sending: two nodes claim the id
        MembershipEvent e = events.get(events.size() - 1);
        assertEquals(MembershipEvent.Kind.CONFLICT, e.kind());
        assertTrue(e.reason().contains("10.0.0.1:7000") && e.reason().contains("10.0.0.66:7000"), e.reason());
        NodeView v = m.view("db-1");
        assertEquals(A, v.address(), "the first address stays the node's address");
        assertEquals(B, v.conflictAddress());
        int before = events.size();
        for (int i = 0; i < 6; i++) {
            clock.advanceMillis(250);
            m.onHeartbeat(hb("db-1", 10 + 2 * i), i % 2 == 0 ? B : A, "native");
        }
        assertEquals(before, events.size(), "no address flip-flop events while in conflict");
        for (int i = 0; i < 5; i++) { // only A from now on
            clock.advanceMillis(1000);
            m.onHeartbeat(hb("db-1", 100 + i), A, "native");
        }
        assertTrue(!m.view("db-1").inConflict(), "conflict clears once one side is silent");
        assertTrue(events.get(events.size() - 1).reason().startsWith("conflict over"));
    }

    @Test
    void limitsAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> new MembershipLimits(0, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new MembershipLimits(1, Duration.ofSeconds(-1)));
    }
}
