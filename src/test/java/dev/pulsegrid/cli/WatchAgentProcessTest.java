package dev.pulsegrid.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The README's terminal story with real processes: `watch` and `agent` as separate JVMs on
 * loopback; kill -9 on the agent gives SUSPECT then DEAD; SIGTERM gives a goodbye, LEFT.
 */
class WatchAgentProcessTest {
    private final LauncherProcesses processes = new LauncherProcesses();

    @AfterEach
    void killAll() {
        processes.close();
    }

    @Test
    void watchPrintsAliveSuspectDeadForAKilledAgentAndLeftForAStoppedOne() throws Exception {
        Process watch = processes.launch("watch", "--no-journal", "--bind", "127.0.0.1", "--port", "0",
                "--suspect-after", "600ms", "--dead-after", "1200ms", "--summary-every", "0s");
        LineLog out = LineLog.of(watch.getInputStream());
        LineLog err = LineLog.of(watch.getErrorStream());
        Matcher m = Pattern.compile("listening on UDP 127\\.0\\.0\\.1:(\\d+)").matcher(err.await(20, "listening on UDP"));
        assertTrue(m.find());
        String to = "127.0.0.1:" + m.group(1);

        Process crashing = processes.launch("agent", "--id", "web-1", "--to", to, "--interval", "100ms", "--meta", "role=web");
        String alive = out.await(20, "\"node\":\"web-1\"", "\"to\":\"ALIVE\"");
        assertTrue(alive.contains("\"from\":null") && alive.contains("\"reason\":\"first heartbeat\"")
                && alive.contains("\"addr\":\"127.0.0.1:") && alive.contains("\"ts\":\""), alive);
        crashing.destroyForcibly().waitFor(); // kill -9: no goodbye
        out.await(20, "\"node\":\"web-1\"", "\"from\":\"ALIVE\"", "\"to\":\"SUSPECT\"");
        out.await(20, "\"node\":\"web-1\"", "\"from\":\"SUSPECT\"", "\"to\":\"DEAD\"");

        Process polite = processes.launch("agent", "--id", "web-2", "--to", to, "--interval", "100ms");
        out.await(20, "\"node\":\"web-2\"", "\"to\":\"ALIVE\"");
        polite.destroy(); // SIGTERM, as Ctrl-C or systemctl stop
        polite.waitFor(10, TimeUnit.SECONDS);
        out.await(20, "\"node\":\"web-2\"", "\"from\":\"ALIVE\"", "\"to\":\"LEFT\"");
    }
}
