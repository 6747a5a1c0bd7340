package dev.pulsegrid.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pulsegrid.detect.FixedTimeoutDetector;
import dev.pulsegrid.protocol.Heartbeat;
import dev.pulsegrid.protocol.MessageType;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A peer's own detector (3 s / 10 s) must not convict members it only hears of second-hand, whose
 * relayed counters are as stale as gossip is slow: those are judged by T_fail (here 40 s) instead.
 */
class MembershipSourceFloorTest {
    private static final InetSocketAddress A = new InetSocketAddress("127.0.0.1", 4000);
    private final ManualClock clock = new ManualClock();
    private Membership m;
    private long seq;

    @BeforeEach
    void setUp() {
        m = new Membership(clock, new FixedTimeoutDetector(Duration.ofSeconds(3), Duration.ofSeconds(10)));
    }

    private void heartbeat(String id, String source) {
        m.onHeartbeat(new Heartbeat(MessageType.HEARTBEAT, id, 1, ++seq, 0, 1000, Map.of()), A, source);
    }

    private NodeState after(long millis, String id) {
        clock.advanceMillis(millis);
        m.advance();
        return m.view(id).state();
    }

    @Test
    void secondHandMembersAreJudgedByTheFloorWhileDirectOnesKeepTheDetector() {
        m.setSourceFloor("gossip", 40_000_000_000L);
        heartbeat("relayed", "gossip");
        heartbeat("direct", "native");

        assertEquals(NodeState.DEAD, after(10_000, "direct"));
        assertEquals(NodeState.ALIVE, m.view("relayed").state(), "10 s stale is ordinary for a relayed counter");
        assertEquals(NodeState.ALIVE, after(9_999, "relayed"));
        assertEquals(NodeState.SUSPECT, after(1, "relayed"), "half of T_fail");
        assertEquals(NodeState.SUSPECT, after(19_999, "relayed"));
        assertEquals(NodeState.DEAD, after(1, "relayed"), "T_fail");
    }

    @Test
    void aChangedFloorAppliesLiveAndAMemberHeardDirectlyAgainLeavesIt() {
        heartbeat("b", "gossip");
        assertEquals(NodeState.DEAD, after(12_000, "b"), "no floor: the detector's 10 s");

        m.setSourceFloor("gossip", 30_000_000_000L);
        assertEquals(NodeState.ALIVE, m.view("b").state(), "12 s silent is within the new floor's 15 s suspect-after");
        assertEquals(30_000_000_000L, m.view("b").deadAfterNanos());

        heartbeat("b", "native");
        assertEquals(10_000_000_000L, m.view("b").deadAfterNanos(), "heard directly: its own detector again");

        heartbeat("b", "gossip");
        m.setSourceFloor("gossip", 0);
        assertEquals(NodeState.SUSPECT, after(3_000, "b"), "floor removed (left the mesh): the detector judges");
    }
}
