package dev.pulsegrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

class ReplayCommandTest {

    record Run(int code, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    static Run run(String... args) {
        CommandLine cl = ReplayCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    static String smallTrace() throws URISyntaxException {
        return Path.of(ReplayCommandTest.class.getResource("/replay/small-trace.csv").toURI()).toString();
    }

    @Test
    void fixedTimeoutsOnTheCommittedTrace() throws Exception {
        Run r = run("--trace", smallTrace());
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of(
                "{\"ts\":0,\"node\":\"a\",\"from\":null,\"to\":\"ALIVE\",\"reason\":\"first heartbeat\"}",
                "{\"ts\":7000,\"node\":\"a\",\"from\":\"ALIVE\",\"to\":\"SUSPECT\",\"reason\":\"no heartbeat for 3.0s (suspect after 3.0s)\"}",
                "{\"ts\":9000,\"node\":\"a\",\"from\":\"SUSPECT\",\"to\":\"ALIVE\",\"reason\":\"heartbeat after 5.0s of silence\"}",
                "{\"ts\":200,\"node\":\"c\",\"from\":null,\"to\":\"ALIVE\",\"reason\":\"first heartbeat\"}",
                "{\"ts\":500,\"node\":\"b\",\"from\":null,\"to\":\"ALIVE\",\"reason\":\"first heartbeat\"}",
                "{\"ts\":13500,\"node\":\"b\",\"from\":\"ALIVE\",\"to\":\"SUSPECT\",\"reason\":\"no heartbeat for 3.0s (suspect after 3.0s); known crash\"}",
                "{\"ts\":20500,\"node\":\"b\",\"from\":\"SUSPECT\",\"to\":\"DEAD\",\"reason\":\"no heartbeat for 10.0s (dead after 10.0s); known crash\"}"),
                r.lines());
        assertTrue(r.err().contains("with fixed suspect-after 3s dead-after 10s"), r.err());
        assertTrue(r.err().contains("nodes 3, heartbeats 69, 0.0 node-hours"), r.err());
        assertTrue(r.err().contains("known crashes 1: detected 1, median 9.50s, p99 9.50s, max 9.50s"), r.err());
        assertTrue(r.err().contains("false suspicions 1 (50.4909 per node-hour), mean mistake duration 2.00s"), r.err());
        assertTrue(r.err().contains("false DEAD 0 (0.0000 per node-hour)"), r.err());
    }

    @Test
    void phiOnTheSameTraceConvictsTheLossyNodeAndDetectsTheCrashSooner() throws Exception {
        Run r = run("--trace", smallTrace(), "--detector", "phi");
        assertEquals(0, r.code(), r.err());
        // a regular 1 s node: suspect after 1000 + 3000 + 100 * z(5) = 4411.9 ms, dead after 4522.6 ms
        assertTrue(r.lines().contains("{\"ts\":8522,\"node\":\"a\",\"from\":\"SUSPECT\",\"to\":\"DEAD\","
                + "\"reason\":\"no heartbeat for 4.5s (dead after 4.5s)\"}"), r.out());
        assertTrue(r.err().contains("known crashes 1: detected 1, median 4.02s"), r.err());
        assertTrue(r.err().contains("false DEAD 1 "), r.err());
    }

    @Test
    void summaryOnlyPrintsNoTransitions() throws Exception {
        Run r = run("--trace", smallTrace(), "--summary-only", "--detector", "adaptive", "--false-dead-every", "30d");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().contains("adaptive false-suspect 1/1d false-dead 1/30d"), r.err());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "--detector bogus                              | Invalid value for option '--detector'",
        "--detector fixed --phi-dead 9                 | --phi-dead does not apply to --detector fixed; add --detector phi",
        "--detector phi --margin 0.2                   | --margin does not apply to --detector phi; add --detector adaptive",
        "--detector phi --dead-after 5s                | --dead-after does not apply to --detector phi",
        "--dead-after 1s                               | dead-after (1s) must not be shorter than suspect-after (3s)",
        "--suspect-after 3                             | '3' is not a duration",
        "--detector phi --phi-suspect 9                | phi dead threshold (8.0) must not be below the suspect threshold (9.0)",
        "--detector adaptive --false-dead-every 1h     | false DEAD budget (one per 1h) must not be looser",
    })
    void badFlagsExitTwoWithOneLine(String flags, String message) throws Exception {
        String[] args = (("--trace " + smallTrace() + " ") + flags).trim().split("\\s+");
        Run r = run(args);
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("replay: ") && r.err().contains(message), r.err());
    }

    @Test
    void missingOrMalformedTraceExitsTwo(@TempDir Path dir) throws Exception {
        Run missing = run("--trace", dir.resolve("nope.csv").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("nope.csv: no such file"), missing.err());
        Path bad = Files.writeString(dir.resolve("bad.csv"), "a,1\na,two\n");
        Run malformed = run("--trace", bad.toString());
        assertEquals(2, malformed.code());
        assertEquals(1, malformed.err().lines().count(), malformed.err());
        assertTrue(malformed.err().contains("trace line 2: 'two' is not a time in whole milliseconds"), malformed.err());
        Run none = run();
        assertEquals(2, none.code());
        assertTrue(none.err().contains("Missing required option: '--trace=FILE'"), none.err());
    }

    @Test
    void helpNamesEveryDetectorFlag() {
        Run r = run("--help");
        assertEquals(0, r.code());
        for (String flag : List.of("--detector", "--suspect-after", "--dead-after", "--phi-suspect", "--phi-dead",
                "--min-std-dev", "--acceptable-pause", "--window", "--first-heartbeat", "--false-suspect-every",
                "--false-dead-every", "--min-history", "--tail-samples", "--margin", "--prior-pause")) {
            assertTrue(r.out().contains(flag), flag);
        }
        assertTrue(r.out().contains("fixed, phi, adaptive"), r.out());
    }
}
