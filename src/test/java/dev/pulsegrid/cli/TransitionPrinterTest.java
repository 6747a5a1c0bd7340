package dev.pulsegrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pulsegrid.cluster.MembershipEvent;
import dev.pulsegrid.cluster.NodeState;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** watch's output: transitions as JSON lines on stdout; restarts and monitor notes on stderr. */
class TransitionPrinterTest {
    @Test
    void transitionsGoToStdoutAndNotesToStderrInOrder() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (TransitionPrinter p = new TransitionPrinter(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))) {
            p.onEvent(new MembershipEvent(0, 0, MembershipEvent.Kind.TRANSITION, "web-1", null, NodeState.ALIVE,
                    "first heartbeat", null, 1, Map.of()));
            p.onEvent(new MembershipEvent(0, 0, MembershipEvent.Kind.RESTART, "web-1", NodeState.ALIVE, NodeState.ALIVE,
                    "restart (incarnation 1 -> 2)", null, 2, Map.of()));
            p.note("detector: fixed suspect-after 5s dead-after 20s");
        }
        String stdout = out.toString(StandardCharsets.UTF_8);
        assertEquals(1, stdout.lines().count(), stdout);
        assertTrue(stdout.contains("\"node\":\"web-1\"") && stdout.contains("\"to\":\"ALIVE\""), stdout);
        assertEquals("note: web-1 restart (incarnation 1 -> 2)\nnote: detector: fixed suspect-after 5s dead-after 20s\n",
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void flappingStartAndEndAreNotesOnStderrNotTransitionLines() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (TransitionPrinter p = new TransitionPrinter(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))) {
            p.onEvent(new MembershipEvent(0, 0, MembershipEvent.Kind.TRANSITION, "web-1", NodeState.ALIVE, NodeState.SUSPECT,
                    "no heartbeat for 3.0s (suspect after 3.0s)", null, 1, Map.of()));
            p.onEvent(new MembershipEvent(0, 0, MembershipEvent.Kind.FLAPPING_START, "web-1", NodeState.SUSPECT,
                    NodeState.SUSPECT, "flapping: 62% weighted state change in 2m", null, 1, Map.of()));
            p.onEvent(new MembershipEvent(0, 0, MembershipEvent.Kind.FLAPPING_END, "web-1", NodeState.ALIVE,
                    NodeState.ALIVE, "stopped flapping: 24% weighted state change in 2m", null, 1, Map.of()));
        }
        String stdout = out.toString(StandardCharsets.UTF_8);
        assertEquals(1, stdout.lines().count(), "only the transition is a JSON line: " + stdout);
        assertEquals("note: web-1 flapping: 62% weighted state change in 2m\n"
                + "note: web-1 stopped flapping: 24% weighted state change in 2m\n", err.toString(StandardCharsets.UTF_8));
    }
}
