package dev.pulsegrid.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pulsegrid.detect.FixedTimeoutDetector;
import dev.pulsegrid.protocol.Heartbeat;
import dev.pulsegrid.protocol.MessageType;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Flapping judged by membership in virtual time: driven by the tick, as the monitor's loop would. */
class MembershipFlappingTest {
    private static final InetSocketAddress A = new InetSocketAddress("127.0.0.1", 4000);
    private static final long S = 1_000_000_000L;
    private static final long TICK_MS = 100;

    private final ManualClock clock = new ManualClock();
    private final List<MembershipEvent> events = new ArrayList<>();
    private Membership m;
    private long incarnation = 1;
    private long sequence;

    @BeforeEach
    void setUp() {
        m = new Membership(clock, new FixedTimeoutDetector(Duration.ofSeconds(3), Duration.ofSeconds(10)));
        m.addListener(events::add);
    }

    private void beat(String id) {
        m.onHeartbeat(new Heartbeat(MessageType.HEARTBEAT, id, incarnation, ++sequence, 0, 1000, Map.of()), A, "native");
    }

    /**
     * Runs {@code seconds} of virtual time in membership ticks; the node heartbeats once a second
     * when {@code beatsAt} (given the second since this run began) says so.
     */
    private void run(String id, long seconds, LongPredicate beatsAt) {
        for (long sec = 0; sec < seconds; sec++) {
            if (beatsAt.test(sec)) {
                beat(id);
            }
            for (long t = 0; t < 1000; t += TICK_MS) {
                clock.advanceMillis(TICK_MS);
                m.advance();
            }
        }
    }

    /** Heartbeats except a 4-s gap at the start of every period: ALIVE -> SUSPECT -> ALIVE each time. */
    private static LongPredicate bouncingEvery(long periodSeconds) {
        return sec -> sec % periodSeconds == 0 || sec % periodSeconds >= 4;
    }

    private List<MembershipEvent> flaps(String id) {
        return events.stream().filter(e -> e.nodeId().equals(id) && (e.kind() == MembershipEvent.Kind.FLAPPING_START
                || e.kind() == MembershipEvent.Kind.FLAPPING_END)).toList();
    }

    private long transitions(String id) {
        return events.stream().filter(e -> e.nodeId().equals(id) && e.isTransition() && e.from() != null).count();
    }

    @Test
    void aNodeBouncingEveryFewSecondsStartsFlappingOnceAndStopsOnceAfterItSettles() {
        beat("web-1");
        run("web-1", 120, bouncingEvery(5));
        List<MembershipEvent> bouncing = flaps("web-1");
        assertEquals(1, bouncing.size(), "one start for two minutes of bouncing: " + bouncing);
        MembershipEvent start = bouncing.get(0);
        assertEquals(MembershipEvent.Kind.FLAPPING_START, start.kind());
        assertTrue(start.reason().matches("flapping: (5\\d|[6-9]\\d|100)% weighted state change in 2m"), start.reason());
        assertTrue(m.view("web-1").flapping());
        assertTrue(transitions("web-1") >= 40, "it kept bouncing: " + transitions("web-1"));

        long settledAt = clock.nanos();
        run("web-1", 300, sec -> true);
        List<MembershipEvent> all = flaps("web-1");
        assertEquals(2, all.size(), all.toString());
        MembershipEvent end = all.get(1);
        assertEquals(MembershipEvent.Kind.FLAPPING_END, end.kind());
        assertTrue(end.reason().matches("stopped flapping: (1?\\d|2[0-4])% weighted state change in 2m"), end.reason());
        assertTrue(end.nanos() > settledAt && end.nanos() <= settledAt + FlapScore.WINDOW_NANOS + FlapTracker.SWEEP_NANOS,
                "ends as the old changes age out, without any new event to trigger it: " + (end.nanos() - settledAt) / S + "s");
        assertFalse(m.view("web-1").flapping());
        assertEquals(NodeState.ALIVE, end.to());
    }

    @Test
    void hysteresisAScoreBetweenLowAndHighNeitherStartsNorEndsFlapping() {
        // A bounce every 32 s keeps the score between about 30% and 42%: inside the band.
        beat("steady");
        run("steady", 600, bouncingEvery(32));
        assertTrue(transitions("steady") >= 30);
        assertEquals(List.of(), flaps("steady"), "never above HIGH: never starts");

        beat("calming");
        run("calming", 60, bouncingEvery(5));
        assertEquals(1, flaps("calming").size());
        run("calming", 600, bouncingEvery(32));
        assertEquals(1, flaps("calming").size(), "never below LOW: keeps flapping " + flaps("calming"));
        assertTrue(m.view("calming").flapping());
    }

    @Test
    void aNodeThatRestartsOnceADayNeverFlaps() {
        beat("db-1");
        for (int day = 0; day < 3; day++) {
            run("db-1", 86_400 - 15, sec -> sec % 2 == 0);
            run("db-1", 15, sec -> false); // down long enough to be declared DEAD
            incarnation++;
            beat("db-1");
        }
        assertEquals(9, transitions("db-1"), "ALIVE -> SUSPECT -> DEAD -> ALIVE, once a day");
        assertEquals(List.of(), flaps("db-1"));
    }

    @Test
    void flappingReachesTheSnapshotCopyOnChange() {
        beat("web-1");
        beat("calm");
        ClusterSnapshot before = m.publish();
        run("web-1", 60, bouncingEvery(5));
        m.onHeartbeat(Heartbeat.of("calm"), A, "native"); // first contact only: nothing to judge
        ClusterSnapshot after = m.publish();
        NodeView was = before.find("web-1");
        assertFalse(was.flapping(), "a published view is never changed");
        assertTrue(after.find("web-1").flapping());
        assertFalse(after.find("calm").flapping());
    }

    @Test
    void aFlappingNodeThatIsForgottenStopsFlappingFirst() {
        m = new Membership(clock, new FixedTimeoutDetector(Duration.ofSeconds(3), Duration.ofSeconds(10)),
                new MembershipLimits(MembershipLimits.DEFAULT_MAX_NODES, Duration.ofSeconds(20)));
        m.addListener(events::add);
        beat("web-1");
        run("web-1", 60, bouncingEvery(5));
        run("web-1", 40, sec -> false);
        List<MembershipEvent> last = events.subList(events.size() - 2, events.size());
        assertEquals(List.of(MembershipEvent.Kind.FLAPPING_END, MembershipEvent.Kind.FORGOTTEN),
                last.stream().map(MembershipEvent::kind).toList());
        assertEquals("stopped flapping: forgotten", last.get(0).reason());
    }
}
