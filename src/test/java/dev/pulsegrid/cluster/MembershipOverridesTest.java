package dev.pulsegrid.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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

/** Per-group detector overrides in virtual time: default 3 s / 10 s, role=db 12 s / 30 s. */
class MembershipOverridesTest {
    private static final InetSocketAddress A = new InetSocketAddress("127.0.0.1", 4000);
    private static final FixedTimeoutDetector DEFAULT = new FixedTimeoutDetector(Duration.ofSeconds(3), Duration.ofSeconds(10));
    private static final DetectorOverride DB = new DetectorOverride(MetaSelector.parse("role=db"),
            new FixedTimeoutDetector(Duration.ofSeconds(12), Duration.ofSeconds(30)));

    private final ManualClock clock = new ManualClock();
    private final List<MonitorNote> notes = new ArrayList<>();
    private Membership m;
    private long seq;

    @BeforeEach
    void setUp() {
        m = new Membership(clock, DEFAULT);
        m.setPolicy(new DetectorPolicy(DEFAULT, List.of(DB)));
        m.addNoteListener(notes::add);
    }

    private void heartbeat(String id, Map<String, String> meta) {
        m.onHeartbeat(new Heartbeat(MessageType.HEARTBEAT, id, 1, ++seq, 0, 1000, meta), A, "native");
    }

    private NodeState after(long millis, String id) {
        clock.advanceMillis(millis);
        m.advance();
        return m.view(id).state();
    }

    @Test
    void aDbNodeStaysAlivePastTheDefaultDeadAfterWhileAWebNodeDies() {
        heartbeat("db-1", Map.of("role", "db"));
        heartbeat("web-1", Map.of("role", "web"));
        assertEquals("role=db", m.view("db-1").detectorOverride());
        assertNull(m.view("web-1").detectorOverride());

        assertEquals(NodeState.DEAD, after(10_000, "web-1"));
        assertEquals(NodeState.ALIVE, m.view("db-1").state(), "10 s is the default's dead-after, not the db group's");
        assertEquals(NodeState.ALIVE, after(1_999, "db-1"));
        assertEquals(NodeState.SUSPECT, after(1, "db-1"));
        assertEquals(NodeState.SUSPECT, after(17_999, "db-1"));
        assertEquals(NodeState.DEAD, after(1, "db-1"));
        assertEquals(30_000_000_000L, m.view("db-1").deadAfterNanos());
    }

    @Test
    void changingANodesMetadataMovesItToTheDefault() {
        heartbeat("db-1", Map.of("role", "db"));
        heartbeat("db-1", Map.of("role", "cache"));
        NodeView v = m.view("db-1");
        assertNull(v.detectorOverride());
        assertEquals(10_000_000_000L, v.deadAfterNanos());
        assertEquals(NodeState.SUSPECT, after(3_000, "db-1"));
        assertEquals(NodeState.DEAD, after(7_000, "db-1"));
    }

    @Test
    void aNodeThatGainsTheMetadataLaterGetsTheOverride() {
        heartbeat("db-1", Map.of());
        assertNull(m.view("db-1").detectorOverride());
        heartbeat("db-1", Map.of("role", "db"));
        assertEquals("role=db", m.view("db-1").detectorOverride());
        assertEquals(NodeState.ALIVE, after(10_000, "db-1"));
    }

    @Test
    void removingTheOverrideTakesEffectLiveOnEveryNodeAtOnce() {
        heartbeat("db-1", Map.of("role", "db"));
        heartbeat("db-2", Map.of("role", "db"));
        assertEquals(NodeState.ALIVE, after(11_000, "db-1"));
        assertEquals(NodeState.ALIVE, m.view("db-2").state());

        m.setPolicy(DetectorPolicy.of(DEFAULT));

        // Silent 11 s against the default's dead-after of 10 s: both judged DEAD now, not 10 s later.
        assertEquals(NodeState.DEAD, m.view("db-1").state());
        assertEquals(NodeState.DEAD, m.view("db-2").state());
        assertNull(m.view("db-1").detectorOverride());
        assertEquals("detector: " + DEFAULT.describe(), notes.get(notes.size() - 1).text());
    }

    @Test
    void addingAnOverrideLiveReArmsTheDeadlinesOfTheNodesItMatches() {
        m.setPolicy(DetectorPolicy.of(DEFAULT));
        heartbeat("db-1", Map.of("role", "db"));
        assertEquals(NodeState.SUSPECT, after(4_000, "db-1"));

        m.setPolicy(new DetectorPolicy(DEFAULT, List.of(DB)));

        assertEquals(NodeState.ALIVE, m.view("db-1").state(), "4 s silent is within the db group's 12 s");
        assertEquals(NodeState.ALIVE, after(7_999, "db-1"));
        assertEquals(NodeState.SUSPECT, after(1, "db-1"), "the re-armed deadline fires at 12 s of silence");
    }

    @Test
    void setDetectorReplacesOnlyTheDefaultAndKeepsTheOverrides() {
        heartbeat("db-1", Map.of("role", "db"));
        heartbeat("web-1", Map.of("role", "web"));
        m.setDetector(new FixedTimeoutDetector(Duration.ofSeconds(5), Duration.ofSeconds(20)));
        assertEquals(20_000_000_000L, m.view("web-1").deadAfterNanos());
        assertEquals(30_000_000_000L, m.view("db-1").deadAfterNanos());
        assertEquals(List.of(DB), m.policy().overrides());
    }
}
