package dev.pulsegrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.DatagramSocket;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** Every usage mistake is one line naming the problem and exit code 2. */
class CliErrorsTest {
    record Run(int code, String out, String err) { }

    static Run run(String... args) {
        CommandLine cl = PulsegridCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(PulsegridCommand.withDefaultCommand(args));
        return new Run(code, out.toString(), err.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "watch --prot 9797                 | '--prot'",
        "watch --suspect-after 3           | '3' is not a duration",
        "watch --port http                 | 'http' is not an int",
        "watch --detector magic            | Invalid value for option '--detector'",
        "agent --to 127.0.0.1:99999        | port 99999 is outside 0..65535",
        "agent --interval soon             | 'soon' is not a duration",
        "frobnicate                        | Unmatched argument",
    })
    void aBadFlagOrValueIsOneClearLineAndExitCode2(String args, String expected) {
        Run r = run(args.trim().split("\\s+"));
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line, got:\n" + r.err());
        assertTrue(r.err().contains("--help"), "points at --help: " + r.err());
    }

    @Test
    void unknownOptionSuggestsTheRightOne() {
        assertTrue(run("watch", "--prot", "1").err().contains("did you mean --port"));
    }

    @Test
    void helpWorksOnEveryCommand() {
        for (String c : new String[] {"gui", "agent", "watch", "simulate"}) {
            Run r = run(c, "--help");
            assertEquals(0, r.code(), c);
            assertTrue(r.out().contains("Usage: pulsegrid " + c), r.out());
        }
    }

    @Test
    void deadAfterShorterThanSuspectAfterIsExplained() {
        Run r = run("watch", "--port", "0", "--suspect-after", "5s", "--dead-after", "2s");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("must not be shorter than suspect-after"), r.err());
    }

    @Test
    void anUnreadableOrMalformedInventoryStopsTheGuiBeforeItsWindowWithOneLineAndExitCode2(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        Run missing = run("gui", "--inventory", dir.resolve("nodes.txt").toString());
        assertEquals(2, missing.code(), missing.err());
        assertTrue(missing.err().contains("cannot be read: check the path and permissions"), missing.err());
        java.nio.file.Path bad = java.nio.file.Files.writeString(dir.resolve("bad.txt"), "web-1 role=web\nweb-2 zone\n");
        Run malformed = run("gui", "--inventory", bad.toString());
        assertEquals(2, malformed.code(), malformed.err());
        assertTrue(malformed.err().contains(bad + ":2: 'zone' is not key=value (write: node-id role=db zone=eu-1)"),
                malformed.err());
        assertEquals(1, malformed.err().strip().lines().count(), malformed.err());
    }

    @Test
    void aPortInUseIsOneLineAndExitCode2() throws Exception {
        try (DatagramSocket taken = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            Run r = run("watch", "--bind", "127.0.0.1", "--port", Integer.toString(taken.getLocalPort()));
            assertEquals(2, r.code(), r.err());
            assertTrue(r.err().contains("already in use"), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "agent --id a --join 127.0.0.1:1 --fanout 0                          | --fanout must be at least 1",
        "agent --id a --port 0 --t-fail 10s --t-cleanup 15s                  | --t-cleanup 15s must be at least twice --t-fail",
        "agent --id a --port 0 --gossip-interval 1s --t-fail 1s              | --t-fail 1s must be at least two --gossip-interval",
        "agent --id a --port 0 --t-cleanup 1m                                | --t-cleanup needs --t-fail: auto T_fail keeps T_cleanup at 2 x T_fail",
        "agent --id a --port 70000                                           | --port 70000 is outside 0..65535",
        "agent --id a --join nowhere:x                                       | 'x' is not a port number",
        "watch --port 0 --join 127.0.0.1:1 --gossip-port 0 --fanout 0        | --fanout must be at least 1",
    })
    void aBadGossipFlagIsOneLineNamingTheFlagAndExitCode2(String args, String expected) {
        Run r = run(args.trim().split("\\s+"));
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line, got:\n" + r.err());
    }
}
