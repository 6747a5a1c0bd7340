package dev.pulsegrid.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pulsegrid.detect.FixedTimeoutDetector;
import dev.pulsegrid.protocol.Heartbeat;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What lets the monitor send a state change to the grid on the next tick while batching plain heartbeats. */
class MembershipTransitionsUnpublishedTest {
    private static final InetSocketAddress A = new InetSocketAddress("127.0.0.1", 4000);
    private final ManualClock clock = new ManualClock();
    private final Membership m = new Membership(clock, new FixedTimeoutDetector(Duration.ofSeconds(3), Duration.ofSeconds(10)));

    @Test
    void aNewNodeAndEachLaterStateChangeAreFlaggedUntilPublished() {
        m.onHeartbeat(Heartbeat.of("web-1"), A, "native");
        assertTrue(m.hasTransitionsUnpublished(), "a node first heard");
        m.publish();
        assertFalse(m.hasTransitionsUnpublished());

        clock.advance(Duration.ofSeconds(3));
        m.advance();
        assertEquals(NodeState.SUSPECT, m.publish().find("web-1").state());
        clock.advance(Duration.ofSeconds(7));
        m.advance();
        assertTrue(m.hasTransitionsUnpublished(), "turned DEAD");
        assertEquals(NodeState.DEAD, m.publish().find("web-1").state());
        assertFalse(m.hasTransitionsUnpublished());
    }

    @Test
    void aHeartbeatThatChangesNoStateIsAChangeButNotATransition() {
        m.onHeartbeat(Heartbeat.of("web-1"), A, "native");
        m.publish();
        clock.advance(Duration.ofSeconds(1));
        m.onHeartbeat(Heartbeat.of("web-1"), A, "native");
        assertTrue(m.hasChanges(), "its last-heard time moved");
        assertFalse(m.hasTransitionsUnpublished(), "but it is still ALIVE: it can wait for the publish gap");
    }
}
