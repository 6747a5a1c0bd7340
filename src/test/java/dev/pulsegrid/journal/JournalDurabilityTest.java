package dev.pulsegrid.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real child process writing the journal is killed with SIGKILL; what it reported committed must be there. */
class JournalDurabilityTest {
    @TempDir
    Path dir;

    @Test
    void everythingReportedCommittedSurvivesKillDashNine() throws Exception {
        Path db = dir.resolve("crash.db");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                DurabilityChild.class.getName(), db.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        long lastReported = 0;
        int commitsSeen = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                lastReported = Long.parseLong(line.substring("committed ".length()));
                // Kill mid-stream, well after the first commits, while the writer is busy.
                if (++commitsSeen >= 20 && lastReported >= 20_000) {
                    // Through the handle: Process.destroyForcibly would also close our end of the pipe.
                    assertTrue(child.toHandle().destroyForcibly());
                    break;
                }
            }
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            assertEquals(137, child.exitValue(), "killed by SIGKILL (128 + 9)");
            // Lines already printed before the kill were printed after their commit: they count too.
            for (String line; (line = out.readLine()) != null; ) {
                lastReported = Math.max(lastReported, Long.parseLong(line.substring("committed ".length())));
            }
        } finally {
            child.toHandle().destroyForcibly();
        }
        System.out.println("durability: killed after " + commitsSeen + " commits, last reported " + lastReported);
        assertTrue(lastReported >= 20_000, "the child reached the kill point: " + lastReported);

        Journal reopened = Journal.open(db);
        try (Connection c = reopened.connect(); Statement s = c.createStatement()) {
            assertEquals("ok", scalarText(s, "PRAGMA integrity_check"));
            long present = scalar(s, "SELECT count(*) FROM events WHERE incarnation <= " + lastReported);
            assertEquals(lastReported, present, "every event up to the last reported commit is there");
            long total = scalar(s, "SELECT count(*) FROM events");
            assertEquals(total, scalar(s, "SELECT max(incarnation) FROM events"), "no gaps, no duplicates");
            assertEquals(total, scalar(s, "SELECT count(DISTINCT incarnation) FROM events"));
            assertTrue(scalar(s, "SELECT count(*) FROM arrivals") > 0);
        }
        try (JournalWriter w = JournalWriter.start(reopened, dev.pulsegrid.cluster.SystemClock.INSTANCE)) {
            w.recordMonitor(EventKind.MONITOR_START, "after the crash");
            w.flush();
            assertFalse(w.stats().lastError() != null, "the journal takes writes again: " + w.stats().lastError());
        }
    }

    private static long scalar(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String scalarText(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
