package dev.pulsegrid.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pulsegrid.detect.FixedTimeoutDetector;
import dev.pulsegrid.detect.SelfPauseGuard;
import dev.pulsegrid.protocol.Heartbeat;
import dev.pulsegrid.protocol.MessageType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The monitor's own stall (GC, sleep, debugger) convicts nobody; judgement resumes afterwards. */
class SelfPauseTest {
    private final ManualClock clock = new ManualClock();
    private final List<MembershipEvent> transitions = new ArrayList<>();
    private final List<MonitorNote> notes = new ArrayList<>();
    private final Membership m = new Membership(clock,
            new FixedTimeoutDetector(Duration.ofSeconds(3), Duration.ofSeconds(10)));

    SelfPauseTest() {
        m.setSelfPauseGuard(new SelfPauseGuard(10_000_000L, 500_000_000L));
        m.addNoteListener(notes::add);
        m.addListener(e -> {
            if (e.isTransition() && e.from() != null) {
                transitions.add(e);
            }
        });
    }

    private void tickFor(long millis) {
        for (long t = 0; t < millis; t += 10) {
            clock.advanceMillis(10);
            m.advance();
        }
    }

    private static Heartbeat hb(String id, long seq) {
        return new Heartbeat(MessageType.HEARTBEAT, id, 1, seq, 0, 1000, Map.of());
    }

    @Test
    void aThirtySecondStallOfTheMonitorConvictsNoOne() {
        m.onHeartbeat(hb("quiet", 1), null, "native");
        m.onHeartbeat(hb("chatty", 1), null, "native");
        tickFor(1000);
        clock.advance(Duration.ofSeconds(30)); // the monitor was frozen; nothing was read
        m.advance();
        assertEquals(List.of(), transitions, "no one is SUSPECT or DEAD because we were asleep");
        assertEquals(1, notes.size());
        assertEquals(MonitorNote.Kind.SELF_PAUSE, notes.get(0).kind());
        assertTrue(notes.get(0).text().startsWith("this monitor was paused for 30.0s"), notes.get(0).text());
        assertTrue(m.publish().holdingJudgement());
        assertEquals(30_000_000_000L + 10_000_000L - 10_000_000L, m.publish().selfPauseNanos(), 20_000_000L);

        tickFor(1000);
        m.onHeartbeat(hb("chatty", 2), null, "native"); // fresh heartbeat a second after the resume
        tickFor(1990);
        assertEquals(List.of(), transitions, "silence is counted from the resume");
        tickFor(20);
        assertEquals(1, transitions.size());
        assertEquals("quiet", transitions.get(0).nodeId());
        assertEquals(NodeState.SUSPECT, transitions.get(0).to());
        tickFor(7000);
        assertEquals(NodeState.DEAD, m.view("quiet").state(), "a node that died during the stall is still convicted");
        assertEquals(NodeState.SUSPECT, m.view("chatty").state());
        tickFor(5000);
        assertFalse(m.publish().holdingJudgement(), "holding ends once the longest threshold has passed");
    }

    @Test
    void ordinaryTickJitterIsNotAPause() {
        m.onHeartbeat(hb("a", 1), null, "native");
        for (int i = 0; i < 300; i++) {
            clock.advanceMillis(i % 2 == 0 ? 5 : 15);
            m.advance();
        }
        clock.advanceMillis(300); // late, but within tolerance
        m.advance();
        assertEquals(NodeState.SUSPECT, m.view("a").state());
        assertFalse(m.publish().holdingJudgement());
    }
}
