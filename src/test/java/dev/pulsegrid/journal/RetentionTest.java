package dev.pulsegrid.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pulsegrid.cluster.ManualClock;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetentionTest {
    @TempDir
    Path dir;
    final ManualClock clock = new ManualClock();

    @ParameterizedTest
    @CsvSource({
        // now,  maxAge ms, cutoff (rows with time < cutoff are expired)
        "10000,  1000,      9000",
        "10000,  10000,     0",
        "500,    1000,      -500",
    })
    void cutoffIsNowMinusMaxAge(long now, long maxAgeMillis, long cutoff) {
        assertEquals(cutoff, Retention.cutoff(now, Duration.ofMillis(maxAgeMillis)));
    }

    /** Lets the writer's start-up pass run on the empty journal, so the next pass is the test's own. */
    static void settle(JournalWriter w) {
        assertEquals(0, w.enforceRetention());
    }

    @Test
    void ageRetentionRemovesExactlyTheExpiredRows() {
        RetentionPolicy policy = new RetentionPolicy(Duration.ofHours(1), Duration.ofMinutes(10), 0, Duration.ofDays(1));
        Journal j = Journal.open(dir.resolve("j.db"));
        long now;
        try (JournalWriter w = JournalWriter.start(j, clock, WriterOptions.DEFAULT.withRetention(policy))) {
            settle(w);
            long t = clock.wallMillis();
            long[] eventAges = {7_200_000, 3_600_001, 3_600_000, 60_000, 0};
            for (long age : eventAges) {
                w.record(JournalEvent.monitor(t - age, EventKind.SETTINGS_CHANGE, "age " + age));
            }
            long[] arrivalAges = {3_600_000, 600_001, 600_000, 1};
            for (long age : arrivalAges) {
                w.recordArrival("n1", t - age);
            }
            w.flush();
            now = clock.wallMillis();
            assertEquals(2 + 2, w.enforceRetention());
        }
        try (JournalReader r = new JournalReader(j)) {
            List<String> kept = new ArrayList<>();
            r.events(JournalQuery.ALL).forEach(e -> kept.add(e.reason()));
            assertEquals(List.of("age 3600000", "age 60000", "age 0"), kept, "the row exactly maxAge old is kept");
            List<Long> arrivals = new ArrayList<>();
            r.forEachArrival(JournalQuery.ALL, (n, ms) -> arrivals.add(now - ms));
            assertEquals(List.of(600_000L, 1L), arrivals);
        }
    }

    @Test
    void movingTheClockExpiresRowsOnTheNextPass() {
        RetentionPolicy policy = new RetentionPolicy(Duration.ofMinutes(5), Duration.ofMinutes(5), 0, Duration.ofDays(1));
        Journal j = Journal.open(dir.resolve("j.db"));
        try (JournalWriter w = JournalWriter.start(j, clock, WriterOptions.DEFAULT.withRetention(policy))) {
            settle(w);
            w.recordMonitor(EventKind.MONITOR_START, "old");
            clock.advance(Duration.ofMinutes(3));
            w.recordMonitor(EventKind.SETTINGS_CHANGE, "newer");
            assertEquals(0, w.enforceRetention());
            clock.advance(Duration.ofMinutes(2).plusMillis(1));
            assertEquals(1, w.enforceRetention());
            assertEquals(1, w.stats().retentionDeleted());
        }
        try (JournalReader r = new JournalReader(j)) {
            assertEquals("newer", r.events(JournalQuery.ALL).get(0).reason());
        }
    }

    @Test
    void sizeRetentionDropsTheOldestArrivalsFirstUntilUnderTheLimit() throws Exception {
        long limit = 512 * 1024;
        RetentionPolicy policy = new RetentionPolicy(Duration.ofDays(30), Duration.ofDays(30), limit, Duration.ofDays(1));
        Journal j = Journal.open(dir.resolve("j.db"));
        long t = clock.wallMillis() - 200_000;
        try (JournalWriter w = JournalWriter.start(j, clock, WriterOptions.DEFAULT.withRetention(policy))) {
            settle(w);
            for (int i = 0; i < 100; i++) {
                w.record(JournalEvent.monitor(t, EventKind.SETTINGS_CHANGE, "setting " + i));
            }
            for (int i = 0; i < 100_000; i++) {
                w.recordArrival("node-" + (i % 50), t + i);
            }
            w.flush();
            try (Connection c = j.connect()) {
                assertTrue(Retention.usedBytes(c) > limit, "the test must start over the limit");
            }
            assertTrue(w.enforceRetention() > 0);
        }
        try (Connection c = j.connect(); JournalReader r = new JournalReader(j)) {
            assertTrue(Retention.usedBytes(c) <= limit, "used " + Retention.usedBytes(c));
            assertEquals(100, r.countEvents(JournalQuery.ALL), "events survive while arrivals can make room");
            long kept = r.countArrivals(JournalQuery.ALL);
            assertTrue(kept > 0 && kept < 100_000);
            long[] oldest = {-1};
            r.forEachArrival(JournalQuery.ALL.withLimit(1), (n, ms) -> {
                oldest[0] = ms;
                return false;
            });
            assertEquals(t + 100_000 - kept, oldest[0], "exactly the oldest samples were removed");
        }
    }
}
