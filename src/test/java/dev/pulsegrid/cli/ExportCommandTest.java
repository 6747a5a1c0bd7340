package dev.pulsegrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pulsegrid.cluster.ManualClock;
import dev.pulsegrid.cluster.NodeState;
import dev.pulsegrid.journal.EventKind;
import dev.pulsegrid.journal.Journal;
import dev.pulsegrid.journal.JournalEvent;
import dev.pulsegrid.journal.JournalWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

class ExportCommandTest {
    record Run(int code, String out, String err) { }

    @TempDir
    Path dir;
    final ManualClock clock = new ManualClock();
    Path db;
    long t;

    @BeforeEach
    void fill() {
        db = dir.resolve("journal.db");
        t = clock.wallMillis();
        try (JournalWriter w = JournalWriter.start(Journal.open(db), clock)) {
            w.record(new JournalEvent(0, t - 3 * 3_600_000, EventKind.TRANSITION, "old", NodeState.ALIVE, NodeState.DEAD,
                    "3 hours ago", null, 1, Map.of()));
            w.record(new JournalEvent(0, t - 60_000, EventKind.TRANSITION, "n1", NodeState.ALIVE, NodeState.SUSPECT,
                    "a minute ago", "10.0.0.1:9797", 1, Map.of()));
            w.record(new JournalEvent(0, t - 1_000, EventKind.RESTART, "n2", NodeState.ALIVE, NodeState.ALIVE,
                    "a second ago", "10.0.0.2:9797", 2, Map.of()));
            for (int i = 0; i < 6; i++) {
                w.recordArrival(i % 2 == 0 ? "n1" : "n2", t - 10_000 + i * 500);
            }
        }
    }

    Run run(String... args) {
        CommandLine cl = new CommandLine(new ExportCommand(clock));
        cl.setParameterExceptionHandler(new PulsegridCommand.OneLineUsageErrors());
        cl.setExecutionExceptionHandler(new PulsegridCommand.OneLineRuntimeErrors());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void arrivalsGoToStdoutAsTheReplayTrace() {
        Run r = run("--journal", db.toString(), "--format", "csv", "--what", "arrivals");
        assertEquals(0, r.code(), r.err());
        List<String> expected = new ArrayList<>(List.of("node,arrival_ms"));
        for (int i = 0; i < 6; i++) {
            expected.add((i % 2 == 0 ? "n1" : "n2") + "," + (t - 10_000 + i * 500));
        }
        assertEquals(String.join("\n", expected) + "\n", r.out());
        assertTrue(TraceFormat.accepts(r.out()));
    }

    @Test
    void replayAcceptsTheExportedArrivals() throws Exception {
        Path trace = dir.resolve("trace.csv");
        assertEquals(0, run("--journal", db.toString(), "--format", "csv", "--what", "arrivals", "--out", trace.toString()).code());
        dev.pulsegrid.replay.Trace t;
        try (java.io.Reader in = Files.newBufferedReader(trace)) {
            t = dev.pulsegrid.replay.TraceCsv.read(in);
        }
        assertEquals(2, t.nodeCount());
        assertEquals(6, t.arrivalCount());
        CommandLine replay = ReplayCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        replay.setOut(new PrintWriter(out, true));
        replay.setErr(new PrintWriter(err, true));
        assertEquals(0, replay.execute("--trace", trace.toString(), "--summary-only"), err.toString());
        assertTrue(err.toString().contains("2 nodes"), err.toString());
    }

    @Test
    void nodeAndSinceNarrowTheEvents() {
        Run r = run("--journal", db.toString(), "--format", "jsonl", "--since", "2h");
        assertEquals(2, r.out().lines().count(), r.out());
        assertFalse(r.out().contains("3 hours ago"));
        Run one = run("--journal", db.toString(), "--format", "csv", "--node", "n2");
        assertEquals(2, one.out().lines().count());
        assertTrue(one.out().lines().skip(1).allMatch(l -> l.contains(",n2,")), one.out());
    }

    @Test
    void fromAndToTakeIsoInstants() {
        String from = Instant.ofEpochMilli(t - 120_000).toString();
        String to = Instant.ofEpochMilli(t - 1_000).toString();
        Run r = run("--journal", db.toString(), "--format", "csv", "--from", from, "--to", to);
        assertEquals(List.of("a minute ago"), r.out().lines().skip(1).map(l -> l.split(",")[7]).toList());
    }

    @Test
    void outWritesTheFileAndSaysSoOnStderr() throws Exception {
        Path out = dir.resolve("sub/events.jsonl");
        Run r = run("--journal", db.toString(), "--format", "jsonl", "--out", out.toString(), "--kind", "restart");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().contains("1 events written to " + out), r.err());
        assertTrue(Files.readString(out).contains("\"reason\":\"a second ago\""));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--format xml                                  | 'xml' is not an export format: use csv or jsonl",
        "--format csv --since soon                     | 'soon' is not a duration",
        "--format csv --from yesterday                 | 'yesterday' is not a time",
        "--format csv --since 2h --from 2026-01-01     | --since cannot be combined with --from/--to",
        "--format csv --from 2026-02-01 --to 2026-01-01 | is after --to",
        "--format csv --what nodes                     | 'nodes' is not exportable",
        "--format csv --what arrivals --kind restart   | --kind and --text filter events only",
        "--format csv --kind reboot                    | 'reboot' is not an event kind",
        "--what events                                 | Missing required option: '--format=FORMAT'",
        "--format csv --frmo 2026-01-01                | Unknown option",
    })
    void aBadFlagIsOneClearLineAndExitCode2(String args, String expected) {
        List<String> argv = new ArrayList<>(List.of("--journal", db.toString()));
        argv.addAll(List.of(args.trim().split("\\s+")));
        Run r = run(argv.toArray(String[]::new));
        assertEquals(2, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertEquals("", r.out());
    }

    @Test
    void aMissingJournalIsOneLineNamingThePathAndTheFlag() {
        Run r = run("--journal", dir.resolve("nope.db").toString(), "--format", "csv");
        assertEquals(2, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("nope.db") && r.err().contains("--journal PATH"), r.err());
        assertFalse(Files.exists(dir.resolve("nope.db")), "exporting never creates a journal");
    }

    @Test
    void helpNamesEveryFlag() {
        Run r = run("--help");
        for (String flag : List.of("--journal", "--node", "--since", "--from", "--to", "--format", "--what", "--out")) {
            assertTrue(r.out().contains(flag), flag);
        }
        assertTrue(r.out().contains("journal.db"), "the default path is shown");
    }

    /** The trace format of issue 4, read strictly: header `node,arrival_ms`, then `ID,MILLIS` lines. */
    static final class TraceFormat {
        static boolean accepts(String text) {
            List<String> lines = text.lines().toList();
            if (lines.isEmpty() || !lines.get(0).equals("node,arrival_ms")) {
                return false;
            }
            for (String line : lines.subList(1, lines.size())) {
                int comma = line.lastIndexOf(',');
                if (comma <= 0) {
                    return false;
                }
                Long.parseLong(line.substring(comma + 1));
            }
            return true;
        }
    }

    @Test
    void sinceIsMeasuredFromTheClock() {
        clock.advance(Duration.ofHours(1));
        Run r = run("--journal", db.toString(), "--format", "csv", "--since", "30m");
        assertEquals(1, r.out().lines().count(), "only the header: everything is older than 30m now");
    }
}
