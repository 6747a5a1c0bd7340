package dev.pulsegrid.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.pulsegrid.cluster.ManualClock;
import dev.pulsegrid.cluster.NodeState;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExporterTest {
    @TempDir
    Path dir;
    final ManualClock clock = new ManualClock();
    Journal journal;
    List<JournalEvent> stored;

    @BeforeEach
    void fill() {
        journal = Journal.open(dir.resolve("j.db"));
        long t = clock.wallMillis();
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("role", "db,\"primary\"");
        meta.put("note", "two\nlines ✓");
        try (JournalWriter w = JournalWriter.start(journal, clock)) {
            w.record(JournalEvent.monitor(t, EventKind.MONITOR_START, "listening on 0.0.0.0:9797"));
            w.record(new JournalEvent(0, t + 1, EventKind.TRANSITION, "node,1", null, NodeState.ALIVE,
                    "first heartbeat", "10.0.0.1:7000", 2, meta));
            w.record(new JournalEvent(0, t + 2, EventKind.TRANSITION, "node-2", NodeState.ALIVE, NodeState.SUSPECT,
                    "no heartbeat for 3.0s \"late\"", "[::1]:7000", 5, Map.of()));
            for (int i = 0; i < 10; i++) {
                w.recordArrival(i % 2 == 0 ? "node,1" : "node-2", t + 1000 + i);
            }
        }
        try (JournalReader r = new JournalReader(journal)) {
            stored = r.events(JournalQuery.ALL);
        }
    }

    @Test
    void csvEventsRoundTripFieldByField() throws IOException {
        Path out = dir.resolve("events.csv");
        assertEquals(3, Exporter.toFile(journal, JournalQuery.ALL, ExportRows.EVENTS, ExportFormat.CSV, out, ExportControl.none()));
        List<List<String>> rows = CsvParse.parse(Files.readString(out));
        assertEquals(List.of(CsvRows.EVENT_HEADER.split(",")), rows.get(0));
        assertEquals(stored.size() + 1, rows.size());
        for (int i = 0; i < stored.size(); i++) {
            JournalEvent e = stored.get(i);
            List<String> r = rows.get(i + 1);
            assertEquals(List.of(String.valueOf(e.id()), new IsoMillis().format(e.wallMillis()), String.valueOf(e.wallMillis()),
                    e.kind().name(), nz(e.nodeId()), e.from() == null ? "" : e.from().name(), e.to() == null ? "" : e.to().name(),
                    nz(e.reason()), nz(e.address()), String.valueOf(e.incarnation()), nz(MetaJson.encode(e.meta()))), r);
            assertEquals(e.meta(), MetaJson.decode(r.get(10).isEmpty() ? null : r.get(10)));
        }
    }

    @Test
    void jsonLinesEventsRoundTripFieldByField() throws IOException {
        StringWriter out = new StringWriter();
        Exporter.toWriter(journal, JournalQuery.ALL, ExportRows.EVENTS, ExportFormat.JSONL, out, ExportControl.none());
        String[] lines = out.toString().split("\n", -1);
        assertEquals(stored.size() + 1, lines.length, "one object per line and a final newline");
        assertEquals("", lines[lines.length - 1]);
        for (int i = 0; i < stored.size(); i++) {
            JournalEvent e = stored.get(i);
            Map<String, Object> o = JsonParse.object(lines[i]);
            assertEquals(List.of("id", "time", "wall_ms", "kind", "node", "from", "to", "reason", "address", "incarnation", "meta"),
                    new ArrayList<>(o.keySet()));
            assertEquals(e.id(), o.get("id"));
            assertEquals(new IsoMillis().format(e.wallMillis()), o.get("time"));
            assertEquals(e.wallMillis(), o.get("wall_ms"));
            assertEquals(e.kind().name(), o.get("kind"));
            assertEquals(e.nodeId(), o.get("node"));
            assertEquals(e.from() == null ? null : e.from().name(), o.get("from"));
            assertEquals(e.to() == null ? null : e.to().name(), o.get("to"));
            assertEquals(e.reason(), o.get("reason"));
            assertEquals(e.address(), o.get("address"));
            assertEquals(e.incarnation(), o.get("incarnation"));
            assertEquals(e.meta(), o.get("meta"));
        }
    }

    @Test
    void arrivalsCsvIsTheReplayTraceFormatAndSkipsIdsATraceCannotHold() throws IOException {
        Path out = dir.resolve("trace.csv");
        ExportControl control = ExportControl.none();
        assertEquals(5, Exporter.toFile(journal, JournalQuery.ALL, ExportRows.ARRIVALS, ExportFormat.CSV, out, control));
        assertEquals(5, control.skippedRows(), "'node,1' has a comma: the trace format cannot hold it");
        List<String> lines = Files.readAllLines(out);
        assertEquals("node,arrival_ms", lines.get(0));
        long t = clock.wallMillis();
        List<String> expected = new ArrayList<>();
        for (int i = 1; i < 10; i += 2) {
            expected.add("node-2," + (t + 1000 + i));
        }
        assertEquals(expected, lines.subList(1, lines.size()));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "web-1        | true",
        "`db \"a\"`   | true",
        "a,b          | false",
        "#hash        | false",
        "`a#b`        | true",
        "` lead`      | false",
        "`trail `     | false",
    })
    void traceSafeIdsAreThoseReplayReadsBackUnchanged(String id, boolean safe) {
        assertEquals(safe, CsvRows.traceSafe(id));
    }

    @Test
    void arrivalsOfOneNodeAsJsonLines() throws IOException {
        StringWriter out = new StringWriter();
        long n = Exporter.toWriter(journal, JournalQuery.ALL.withNodes(java.util.Set.of("node-2")), ExportRows.ARRIVALS,
                ExportFormat.JSONL, out, ExportControl.none());
        assertEquals(5, n);
        assertEquals(Map.of("node", "node-2", "arrival_ms", clock.wallMillis() + 1001),
                JsonParse.object(out.toString().split("\n")[0]));
    }

    @Test
    void cancellingMidwayLeavesNoFileAndKeepsAnOldOne() throws IOException {
        addEvents(3 * ExportControl.REPORT_EVERY);
        Path out = dir.resolve("big.csv");
        Files.writeString(out, "previous export");
        List<Long> seen = new ArrayList<>();
        ExportControl[] control = new ExportControl[1];
        control[0] = new ExportControl((written, total) -> {
            seen.add(written);
            if (written >= ExportControl.REPORT_EVERY) {
                control[0].cancel();
            }
        });
        assertThrows(ExportCancelledException.class, () -> Exporter.toFile(journal, JournalQuery.ALL, ExportRows.EVENTS,
                ExportFormat.CSV, out, control[0]));
        assertEquals(List.of(0L, (long) ExportControl.REPORT_EVERY), seen, "cancel takes effect at the next row");
        assertEquals("previous export", Files.readString(out));
        assertEquals(List.of(out), listDir(), "no temporary file left behind");
    }

    @Test
    void aFailureMidwayLeavesNoFile() throws IOException {
        addEvents(2 * ExportControl.REPORT_EVERY);
        Path out = dir.resolve("fail.jsonl");
        ExportControl control = new ExportControl((written, total) -> {
            if (written > 0) {
                throw new IllegalStateException("disk full (simulated)");
            }
        });
        assertThrows(IllegalStateException.class, () -> Exporter.toFile(journal, JournalQuery.ALL, ExportRows.EVENTS,
                ExportFormat.JSONL, out, control));
        assertFalse(Files.exists(out));
        assertTrue(listDir().isEmpty(), "no temporary file left behind: " + listDir());
    }

    @Test
    void progressEndsAtTheTotal() throws IOException {
        addEvents(10_000);
        List<long[]> seen = new ArrayList<>();
        Exporter.toFile(journal, JournalQuery.ALL, ExportRows.EVENTS, ExportFormat.CSV, dir.resolve("p.csv"),
                new ExportControl((w, t) -> seen.add(new long[] {w, t})));
        long[] last = seen.get(seen.size() - 1);
        assertEquals(10_003, last[0]);
        assertEquals(10_003, last[1]);
        assertEquals(10_004, Files.readAllLines(dir.resolve("p.csv")).size());
    }

    private void addEvents(int n) {
        try (JournalWriter w = JournalWriter.start(journal, clock)) {
            for (int i = 0; i < n; i++) {
                w.record(JournalEvent.monitor(clock.wallMillis(), EventKind.SETTINGS_CHANGE, "setting " + i));
            }
        }
    }

    private List<Path> listDir() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> !p.getFileName().toString().startsWith("j.db")).toList();
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** A strict RFC 4180 reader, independent of the writer under test. */
    static final class CsvParse {
        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder f = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        f.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        f.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(f.toString());
                    f.setLength(0);
                } else if (c == '\n') {
                    row.add(f.toString());
                    f.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else {
                    f.append(c);
                }
            }
            assertTrue(row.isEmpty() && f.length() == 0, "file ends with a newline");
            return rows;
        }
    }

    /** Reads one flat JSON object (one nested object allowed) into Java values. */
    static final class JsonParse {
        static Map<String, Object> object(String line) throws IOException {
            try (JsonParser p = new JsonFactory().createParser(line)) {
                assertEquals(JsonToken.START_OBJECT, p.nextToken());
                return read(p);
            }
        }

        private static Map<String, Object> read(JsonParser p) throws IOException {
            Map<String, Object> o = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String k = p.currentName();
                JsonToken v = p.nextToken();
                o.put(k, switch (v) {
                    case VALUE_NULL -> null;
                    case VALUE_NUMBER_INT -> p.getLongValue();
                    case START_OBJECT -> read(p);
                    default -> p.getText();
                });
            }
            return o;
        }
    }
}
