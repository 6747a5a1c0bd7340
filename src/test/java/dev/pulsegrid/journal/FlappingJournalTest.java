package dev.pulsegrid.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pulsegrid.cluster.ManualClock;
import dev.pulsegrid.cluster.Membership;
import dev.pulsegrid.detect.FixedTimeoutDetector;
import dev.pulsegrid.protocol.Heartbeat;
import dev.pulsegrid.protocol.MessageType;
import java.io.IOException;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flapping as membership judges it, through the journal writer, out of both export formats. */
class FlappingJournalTest {
    @TempDir
    Path dir;
    private final ManualClock clock = new ManualClock();
    private final Membership membership = new Membership(clock,
            new FixedTimeoutDetector(Duration.ofSeconds(3), Duration.ofSeconds(10)));
    private long sequence;

    private void run(long seconds, boolean bouncing) {
        for (long sec = 0; sec < seconds; sec++) {
            if (!bouncing || sec % 5 == 0 || sec % 5 >= 4) {
                membership.onHeartbeat(new Heartbeat(MessageType.HEARTBEAT, "web-1", 1, ++sequence, 0, 1000, Map.of("role", "web")),
                        new InetSocketAddress("10.0.0.5", 7000), "native");
            }
            clock.advanceMillis(1_000);
            membership.advance();
        }
    }

    @Test
    void flappingStartAndEndAreJournaledWithTheirScoreAndExportAsCsvAndJsonLines() throws IOException {
        Journal journal = Journal.open(dir.resolve("j.db"));
        try (JournalWriter w = JournalWriter.start(journal, clock)) {
            membership.addListener(w);
            run(90, true);
            run(300, false);
        }
        JournalQuery flaps = JournalQuery.ALL.withKinds(EnumSet.of(EventKind.FLAPPING_START, EventKind.FLAPPING_END));
        List<JournalEvent> stored;
        try (JournalReader r = new JournalReader(journal)) {
            stored = r.events(flaps);
            assertTrue(r.events(JournalQuery.ALL.withKinds(EnumSet.of(EventKind.TRANSITION))).size() > 30,
                    "every transition is still journaled while it flaps");
        }
        assertEquals(List.of(EventKind.FLAPPING_START, EventKind.FLAPPING_END), stored.stream().map(JournalEvent::kind).toList());
        JournalEvent start = stored.get(0);
        assertEquals("web-1", start.nodeId());
        assertTrue(start.reason().matches("flapping: \\d+% weighted state change in 2m"), start.reason());
        assertEquals("10.0.0.5:7000", start.address());
        assertEquals(Map.of("role", "web"), start.meta());

        Path csv = dir.resolve("flaps.csv");
        assertEquals(2, Exporter.toFile(journal, flaps, ExportRows.EVENTS, ExportFormat.CSV, csv, ExportControl.none()));
        List<List<String>> rows = ExporterTest.CsvParse.parse(Files.readString(csv));
        for (int i = 0; i < 2; i++) {
            JournalEvent e = stored.get(i);
            List<String> row = rows.get(i + 1);
            assertEquals(List.of(e.kind().name(), "web-1", e.from().name(), e.to().name(), e.reason()), row.subList(3, 8));
        }
        StringWriter jsonl = new StringWriter();
        Exporter.toWriter(journal, flaps, ExportRows.EVENTS, ExportFormat.JSONL, jsonl, ExportControl.none());
        Map<String, Object> end = ExporterTest.JsonParse.object(jsonl.toString().split("\n")[1]);
        assertEquals("FLAPPING_END", end.get("kind"));
        assertEquals(stored.get(1).reason(), end.get("reason"));
        assertTrue(((String) end.get("reason")).startsWith("stopped flapping: "), end.toString());
    }
}
