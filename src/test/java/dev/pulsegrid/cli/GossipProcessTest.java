package dev.pulsegrid.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Peer mode with real processes on loopback: three agents form a mesh with --port/--join, a watch
 * joins it through one of them and prints every member (heard by gossip, no --to anywhere); kill -9
 * on one agent turns it DEAD at the watch, SIGTERM on another turns it LEFT. Generous bounded waits:
 * four JVMs start on a shared 2-core machine.
 */
class GossipProcessTest {
    private static final String[] FAST = {"--gossip-interval", "100ms", "--t-fail", "3s"};
    private final LauncherProcesses processes = new LauncherProcesses(FAST);

    @AfterEach
    void killAll() {
        processes.close();
    }

    private static String gossipAddress(LineLog err) throws InterruptedException {
        Matcher m = Pattern.compile("on UDP \\S*:(\\d+),").matcher(err.await(60, "gossip: "));
        assertTrue(m.find());
        return "127.0.0.1:" + m.group(1);
    }

    @Test
    void agentsFormAMeshAWatchJoinsItAndSeesCrashesAndGoodbyes() throws Exception {
        Process a = processes.launch("agent", "--id", "a", "--port", "0");
        String seed = gossipAddress(LineLog.of(a.getErrorStream()));
        Process b = processes.launch("agent", "--id", "b", "--port", "0", "--join", seed);
        Process c = processes.launch("agent", "--id", "c", "--port", "0", "--join", seed);
        Process watch = processes.launch("watch", "--no-journal", "--bind", "127.0.0.1", "--port", "0", "--id", "ws", "--gossip-port", "0",
                "--join", seed, "--suspect-after", "1500ms", "--dead-after", "3s", "--summary-every", "0s");
        LineLog out = LineLog.of(watch.getInputStream());
        LineLog.of(watch.getErrorStream()); // drained so the child never blocks on a full pipe
        for (String id : List.of("a", "b", "c", "ws")) {
            out.await(60, "\"node\":\"" + id + "\"", "\"to\":\"ALIVE\"");
        }
        c.destroyForcibly().waitFor(); // kill -9: no goodbye, its counter just stops
        out.await(60, "\"node\":\"c\"", "\"to\":\"DEAD\"");
        b.destroy(); // SIGTERM: a goodbye through the mesh
        b.waitFor(10, TimeUnit.SECONDS);
        out.await(60, "\"node\":\"b\"", "\"to\":\"LEFT\"");
    }
}
