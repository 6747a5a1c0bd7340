package dev.pulsegrid.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pulsegrid.cluster.ManualClock;
import dev.pulsegrid.cluster.MembershipEvent;
import dev.pulsegrid.cluster.NodeState;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalWriterTest {
    @TempDir
    Path dir;
    final ManualClock clock = new ManualClock();

    /** Test times are offsets from the clock's "now": 1970 timestamps would be expired by retention at once. */
    final long t0 = clock.wallMillis();

    static MembershipEvent event(long wall, MembershipEvent.Kind kind, String node, NodeState from, NodeState to,
                                 String reason, Map<String, String> meta) {
        return new MembershipEvent(wall, wall * 1_000_000L, kind, node, from, to, reason,
                new InetSocketAddress("10.0.0.5", 7000), 3, meta);
    }

    @Test
    void everyFieldOfEveryKindComesBackAsWritten() {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("role", "db, \"primary\"");
        meta.put("zone", "eu-west-1 ✓\nline2");
        List<JournalEvent> written = new ArrayList<>();
        List<MembershipEvent> membership = List.of(
                event(t0 + 1_000, MembershipEvent.Kind.TRANSITION, "node-1", null, NodeState.ALIVE, "first heartbeat", meta),
                event(t0 + 2_000, MembershipEvent.Kind.TRANSITION, "node-1", NodeState.ALIVE, NodeState.SUSPECT,
                        "no heartbeat for 3.0s (suspect-after 3s)", Map.of()),
                event(t0 + 3_000, MembershipEvent.Kind.RESTART, "node-2", NodeState.ALIVE, NodeState.ALIVE, "incarnation 3", meta),
                event(t0 + 4_000, MembershipEvent.Kind.ADDRESS_CHANGE, "node-2", NodeState.ALIVE, NodeState.ALIVE, "moved", Map.of()),
                event(t0 + 5_000, MembershipEvent.Kind.META_CHANGE, "node-2", NodeState.ALIVE, NodeState.ALIVE, "meta", meta),
                event(t0 + 5_500, MembershipEvent.Kind.CONFLICT, "node-2", NodeState.ALIVE, NodeState.ALIVE,
                        "heartbeats from both 10.0.0.5:7000 and 10.0.0.6:7000 (spoofed or duplicated node id)", Map.of()),
                event(t0 + 6_000, MembershipEvent.Kind.FORGOTTEN, "node-1", NodeState.DEAD, NodeState.DEAD, "cleanup", Map.of()),
                event(t0 + 6_500, MembershipEvent.Kind.FLAPPING_START, "node-3", NodeState.SUSPECT, NodeState.SUSPECT,
                        "flapping: 62% weighted state change in 2m", meta),
                event(t0 + 6_600, MembershipEvent.Kind.FLAPPING_END, "node-3", NodeState.ALIVE, NodeState.ALIVE,
                        "stopped flapping: 24% weighted state change in 2m", Map.of()));
        try (JournalWriter w = JournalWriter.start(Journal.open(dir.resolve("j.db")), clock)) {
            for (MembershipEvent e : membership) {
                w.onEvent(e);
                written.add(JournalEvent.of(e));
            }
            for (JournalEvent e : List.of(
                    JournalEvent.monitor(t0 + 7_000, EventKind.MONITOR_START, "listening on 0.0.0.0:7946"),
                    JournalEvent.monitor(t0 + 8_000, EventKind.SETTINGS_CHANGE, "detector fixed suspect-after 3s dead-after 10s"),
                    JournalEvent.monitor(t0 + 9_000, EventKind.SELF_PAUSE, "own clock jumped 30.2s"),
                    JournalEvent.monitor(t0 + 9_500, EventKind.SELF_RESUME, "fresh heartbeats"),
                    JournalEvent.monitor(t0 + 12_000, EventKind.MONITOR_STOP, "closed"))) {
                w.record(e);
                written.add(e);
            }
            w.recordArrival("node-1", t0 + 1_000);
            w.recordArrival("node-2", t0 + 1_001);
            w.recordArrival("node-1", t0 + 2_000);
        }
        Journal reopened = Journal.open(dir.resolve("j.db"));
        try (JournalReader r = new JournalReader(reopened)) {
            List<JournalEvent> read = r.events(JournalQuery.ALL);
            assertEquals(written.size(), read.size());
            assertEquals(java.util.EnumSet.allOf(EventKind.class),
                    read.stream().map(JournalEvent::kind).collect(java.util.stream.Collectors.toCollection(
                            () -> java.util.EnumSet.noneOf(EventKind.class))), "every kind is covered");
            for (int i = 0; i < read.size(); i++) {
                assertTrue(read.get(i).id() > (i == 0 ? 0 : read.get(i - 1).id()), "ids ascend in journal order");
                assertEquals(written.get(i), read.get(i).withId(0), "row " + i);
            }
            assertEquals("10.0.0.5:7000", read.get(0).address());
            List<String> arrivals = new ArrayList<>();
            r.forEachArrival(JournalQuery.ALL, (n, ms) -> arrivals.add(n + "@" + ms));
            assertEquals(List.of("node-1@" + (t0 + 1000), "node-2@" + (t0 + 1001), "node-1@" + (t0 + 2000)), arrivals);
        }
    }

    @Test
    void everyKindOfMembershipEventHasAJournalKind() {
        for (MembershipEvent.Kind k : MembershipEvent.Kind.values()) {
            assertEquals(k.name(), EventKind.of(k).name(), "an event the writer thread could not store");
        }
    }

    @Test
    void aFullArrivalBufferShedsArrivalsVisiblyButNeverEvents() throws Exception {
        WriterOptions opts = WriterOptions.DEFAULT.withArrivalCapacity(100).withEventLimits(500, 10_000);
        try (JournalWriter w = JournalWriter.start(Journal.open(dir.resolve("j.db")), clock, opts)) {
            CountDownLatch gate = stallAfterFirstCommit(w, t0);
            for (int i = 0; i < 150; i++) {
                w.recordArrival("n" + (i % 7), t0 + i);
            }
            for (int i = 0; i < 300; i++) {
                w.onEvent(event(t0 + i, MembershipEvent.Kind.TRANSITION, "n1", NodeState.ALIVE, NodeState.SUSPECT, "r" + i, Map.of()));
            }
            assertEquals(50, w.stats().shedArrivals());
            assertEquals(100, w.stats().queuedArrivals());
            assertEquals(300, w.stats().queuedEvents());
            gate.countDown();
            w.flush();
            JournalStats s = w.stats();
            assertEquals(301, s.committedEvents());
            assertEquals(100, s.committedArrivals());
            assertEquals(0, s.lostEvents());
        }
    }

    @Test
    void anEventBacklogAboveTheSoftLimitShedsArrivalsSoEventsGoFirst() throws Exception {
        WriterOptions opts = WriterOptions.DEFAULT.withEventLimits(100, 10_000);
        try (JournalWriter w = JournalWriter.start(Journal.open(dir.resolve("j.db")), clock, opts)) {
            CountDownLatch gate = stallAfterFirstCommit(w, t0);
            for (int i = 0; i < 101; i++) {
                w.record(JournalEvent.monitor(t0 + i, EventKind.SETTINGS_CHANGE, "s" + i));
            }
            w.recordArrival("n1", t0 + 1);
            assertEquals(1, w.stats().shedArrivals());
            gate.countDown();
            w.flush();
            w.recordArrival("n1", t0 + 2);
            w.flush();
            assertEquals(1, w.stats().committedArrivals(), "after the backlog drained, arrivals are taken again");
        }
    }

    @Test
    void pastTheHardLimitEventsAreCountedAsLostInsteadOfBlocking() throws Exception {
        WriterOptions opts = WriterOptions.DEFAULT.withEventLimits(10, 20);
        try (JournalWriter w = JournalWriter.start(Journal.open(dir.resolve("j.db")), clock, opts)) {
            CountDownLatch gate = stallAfterFirstCommit(w, t0);
            for (int i = 0; i < 30; i++) {
                w.record(JournalEvent.monitor(t0 + i, EventKind.SETTINGS_CHANGE, "s" + i));
            }
            assertEquals(10, w.stats().lostEvents());
            gate.countDown();
            w.flush();
            assertEquals(21, w.stats().committedEvents());
        }
    }

    @Test
    void closeCommitsEverythingQueuedAndLaterRowsAreCountedNotJournaled() {
        Journal j = Journal.open(dir.resolve("j.db"));
        JournalWriter w = JournalWriter.start(j, clock);
        for (int i = 0; i < 5_000; i++) {
            w.record(JournalEvent.monitor(t0 + i, EventKind.SETTINGS_CHANGE, "s" + i));
            w.recordArrival("n" + (i % 10), t0 + i);
        }
        w.close();
        w.record(JournalEvent.monitor(t0 + 1, EventKind.MONITOR_STOP, "too late"));
        assertEquals(1, w.stats().lostEvents());
        try (JournalReader r = new JournalReader(j)) {
            assertEquals(5_000, r.countEvents(JournalQuery.ALL));
            assertEquals(5_000, r.countArrivals(JournalQuery.ALL));
        }
    }

    @Test
    void recordMonitorStampsTheInjectedClock() {
        Journal j = Journal.open(dir.resolve("j.db"));
        clock.advance(Duration.ofSeconds(5));
        try (JournalWriter w = JournalWriter.start(j, clock)) {
            w.recordMonitor(EventKind.MONITOR_START, "up");
        }
        try (JournalReader r = new JournalReader(j)) {
            assertEquals(clock.wallMillis(), r.events(JournalQuery.ALL).get(0).wallMillis());
        }
    }

    /** Commits one event, then holds the writer thread inside the commit listener until the gate opens. */
    static CountDownLatch stallAfterFirstCommit(JournalWriter w, long now) throws InterruptedException {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch gate = new CountDownLatch(1);
        w.setCommitListener((n, e, a) -> {
            entered.countDown();
            try {
                gate.await();
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        });
        w.record(JournalEvent.monitor(now, EventKind.MONITOR_START, "stall"));
        assertTrue(entered.await(10, TimeUnit.SECONDS));
        w.setCommitListener(null);
        return gate;
    }
}
