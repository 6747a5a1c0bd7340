package dev.pulsegrid.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pulsegrid.cluster.ManualClock;
import dev.pulsegrid.cluster.NodeState;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalQueryTest {
    @TempDir
    Path dir;
    final ManualClock clock = new ManualClock();
    Journal journal;
    long t;

    @BeforeEach
    void fill() {
        journal = Journal.open(dir.resolve("j.db"));
        t = clock.wallMillis();
        try (JournalWriter w = JournalWriter.start(journal, clock)) {
            w.record(ev(t, EventKind.TRANSITION, "db-1", NodeState.SUSPECT, "no heartbeat for 3.0s", Map.of("role", "db")));
            w.record(ev(t + 10, EventKind.TRANSITION, "web-1", NodeState.DEAD, "no heartbeat for 10.0s", Map.of("role", "web")));
            w.record(ev(t + 20, EventKind.RESTART, "db-1", NodeState.ALIVE, "incarnation 4", Map.of()));
            w.record(ev(t + 30, EventKind.META_CHANGE, "db-2", NodeState.ALIVE, "disk 100% full", Map.of("role", "db")));
            w.record(JournalEvent.monitor(t + 40, EventKind.SETTINGS_CHANGE, "suspect-after 5s"));
            for (int i = 0; i < 5; i++) {
                w.recordArrival("db-1", t + i * 10);
                w.recordArrival("web-1", t + i * 10 + 5);
            }
        }
    }

    static JournalEvent ev(long wall, EventKind kind, String node, NodeState to, String reason, Map<String, String> meta) {
        return new JournalEvent(0, wall, kind, node, NodeState.ALIVE, to, reason, "10.0.0.1:1", 1, meta);
    }

    List<String> reasons(JournalQuery q) {
        try (JournalReader r = new JournalReader(journal)) {
            assertEquals(r.events(q).size(), r.countEvents(q), "count agrees with the rows");
            return r.events(q).stream().map(JournalEvent::reason).toList();
        }
    }

    @Test
    void eachFilterNarrowsAndTheyCombine() {
        assertEquals(5, reasons(JournalQuery.ALL).size());
        assertEquals(List.of("no heartbeat for 3.0s", "incarnation 4"), reasons(JournalQuery.ALL.withNodes(Set.of("db-1"))));
        assertEquals(List.of("no heartbeat for 3.0s", "no heartbeat for 10.0s"),
                reasons(JournalQuery.ALL.withKinds(Set.of(EventKind.TRANSITION))));
        assertEquals(List.of("no heartbeat for 10.0s", "incarnation 4"), reasons(JournalQuery.ALL.withRange(t + 10, t + 30)),
                "from inclusive, to exclusive");
        assertEquals(List.of("no heartbeat for 3.0s"),
                reasons(JournalQuery.ALL.withNodes(Set.of("db-1", "db-2")).withKinds(Set.of(EventKind.TRANSITION))));
    }

    @Test
    void aGroupOfFiftyThousandIdsIsOneBoundedStatementAndSelectsTheSameRowsAsAShortList() {
        Set<String> group = new java.util.HashSet<>(Set.of("db-1", "db-2", "it's \"quoted\""));
        for (int i = 0; i < 50_000; i++) {
            group.add("absent-" + i);
        }
        JournalQuery big = JournalQuery.ALL.withNodes(group);
        JournalQuery.Sql sql = big.eventSql(JournalQuery.EVENT_COLUMNS);
        assertEquals(1, sql.args().size(), "one parameter for the whole group, far below SQLite's variable limit");
        assertEquals(true, sql.text().length() < 500, sql.text());
        assertEquals(List.of("no heartbeat for 3.0s", "incarnation 4", "disk 100% full"), reasons(big));
        assertEquals(reasons(JournalQuery.ALL.withNodes(Set.of("db-1", "db-2"))), reasons(big));
        try (JournalReader r = new JournalReader(journal)) {
            assertEquals(5, r.countArrivals(big), "arrivals of db-1 only, by the same filter");
        }
    }

    @Test
    void textMatchesNodeReasonKindAndMetaCaseInsensitively() {
        assertEquals(List.of("no heartbeat for 10.0s"), reasons(JournalQuery.ALL.withText("WEB")));
        assertEquals(List.of("no heartbeat for 3.0s", "disk 100% full"), reasons(JournalQuery.ALL.withText("\"db\"")));
        assertEquals(List.of("incarnation 4"), reasons(JournalQuery.ALL.withText("restart")));
        assertEquals(List.of("disk 100% full"), reasons(JournalQuery.ALL.withText("100%")), "% is literal, not a wildcard");
        assertEquals(List.of(), reasons(JournalQuery.ALL.withText("heartbeat_for")), "_ is literal, not a wildcard");
    }

    @Test
    void afterIdAndLimitPageThroughNewRows() {
        try (JournalReader r = new JournalReader(journal)) {
            List<JournalEvent> all = r.events(JournalQuery.ALL);
            assertEquals(all.get(4).id(), r.lastEventId());
            assertEquals(all.subList(2, 4), r.events(JournalQuery.ALL.withAfterId(all.get(1).id()).withLimit(2)));
        }
    }

    @Test
    void arrivalsFilterByNodeAndTimeInTimeOrder() {
        try (JournalReader r = new JournalReader(journal)) {
            StringBuilder sb = new StringBuilder();
            r.forEachArrival(JournalQuery.ALL.withRange(t + 10, t + 30), (n, ms) -> sb.append(n).append('@').append(ms - t).append(' ') != null);
            assertEquals("db-1@10 web-1@15 db-1@20 web-1@25 ", sb.toString());
            assertEquals(5, r.countArrivals(JournalQuery.ALL.withNodes(Set.of("web-1"))));
            assertEquals(List.of("db-1", "db-2", "web-1"), r.nodes());
        }
    }

    @Test
    void newestEventsAreTheLastMatchingRowsInJournalOrder() {
        try (JournalReader r = new JournalReader(journal)) {
            assertEquals(List.of("disk 100% full", "suspect-after 5s"),
                    r.newestEvents(JournalQuery.ALL, 2).stream().map(JournalEvent::reason).toList());
            assertEquals(List.of("no heartbeat for 3.0s", "incarnation 4"),
                    r.newestEvents(JournalQuery.ALL.withNodes(Set.of("db-1")), 10).stream().map(JournalEvent::reason).toList());
        }
    }

    @Test
    void anInvertedRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> JournalQuery.ALL.withRange(10L, 5L));
    }
}
