package dev.pulsegrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pulsegrid.cluster.SystemClock;
import dev.pulsegrid.detect.FixedTimeoutDetector;
import dev.pulsegrid.journal.EventKind;
import dev.pulsegrid.journal.Journal;
import dev.pulsegrid.journal.JournalEvent;
import dev.pulsegrid.journal.JournalQuery;
import dev.pulsegrid.journal.JournalReader;
import dev.pulsegrid.net.Monitor;
import dev.pulsegrid.net.MonitorConfig;
import dev.pulsegrid.protocol.Heartbeat;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What a monitor started with --journal leaves in the journal: its life, its settings, its nodes. */
class JournalOptionsTest {
    @TempDir
    Path dir;

    @Test
    void monitorStartSettingsChangesNodesAndStopAreJournaled() throws Exception {
        Path db = dir.resolve("j.db");
        JournalOptions options = new JournalOptions();
        new CommandLine(options).parseArgs("--journal", db.toString());
        try (Monitor m = Monitor.start(MonitorConfig.listeningOn(null))) {
            AutoCloseable attached = options.attachment(SystemClock.INSTANCE, "test").attach(m);
            m.ingest(Heartbeat.of("web-1"), null, "native");
            m.setDetector(new FixedTimeoutDetector(Duration.ofSeconds(5), Duration.ofSeconds(20)));
            m.syncNow();
            attached.close();
        }
        List<JournalEvent> events;
        try (JournalReader r = new JournalReader(Journal.open(db))) {
            events = r.events(JournalQuery.ALL);
        }
        List<EventKind> kinds = events.stream().map(JournalEvent::kind).toList();
        assertEquals(EventKind.MONITOR_START, kinds.get(0), kinds.toString());
        assertEquals(EventKind.MONITOR_STOP, kinds.get(kinds.size() - 1), kinds.toString());
        assertTrue(events.stream().anyMatch(e -> e.kind() == EventKind.SETTINGS_CHANGE
                && e.reason().contains("suspect-after 5s dead-after 20s")), events.toString());
        assertTrue(events.stream().anyMatch(e -> "web-1".equals(e.nodeId())), events.toString());
    }

    @Test
    void noJournalAttachesNothing() throws Exception {
        JournalOptions options = new JournalOptions();
        new CommandLine(options).parseArgs("--no-journal", "--journal", dir.resolve("never.db").toString());
        try (Monitor m = Monitor.start(MonitorConfig.listeningOn(null))) {
            options.attachment(SystemClock.INSTANCE, "test").attach(m).close();
        }
        assertTrue(!dir.resolve("never.db").toFile().exists());
    }
}
