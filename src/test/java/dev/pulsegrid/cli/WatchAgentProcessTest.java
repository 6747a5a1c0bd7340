package dev.pulsegrid.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
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
    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void killAll() {
        processes.forEach(Process::destroyForcibly);
    }

    private Process launch(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "dev.pulsegrid.Launcher"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
        processes.add(p);
        return p;
    }

    private static BlockingQueue<String> lines(java.io.InputStream in) {
        BlockingQueue<String> q = new LinkedBlockingQueue<>();
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String l; (l = r.readLine()) != null; ) {
                    q.add(l);
                }
            } catch (IOException ignored) {
                // process ended
            }
        });
        t.setDaemon(true);
        t.start();
        return q;
    }

    private static String await(BlockingQueue<String> q, String... mustContain) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        List<String> seen = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            String l = q.poll(200, TimeUnit.MILLISECONDS);
            if (l == null) {
                continue;
            }
            seen.add(l);
            boolean all = true;
            for (String m : mustContain) {
                all &= l.contains(m);
            }
            if (all) {
                return l;
            }
        }
        fail("no line with " + List.of(mustContain) + "; saw " + seen);
        return null;
    }

    @Test
    void watchPrintsAliveSuspectDeadForAKilledAgentAndLeftForAStoppedOne() throws Exception {
        Process watch = launch("watch", "--no-journal", "--bind", "127.0.0.1", "--port", "0",
                "--suspect-after", "600ms", "--dead-after", "1200ms", "--summary-every", "0s");
        BlockingQueue<String> out = lines(watch.getInputStream());
        BlockingQueue<String> err = lines(watch.getErrorStream());
        Matcher m = Pattern.compile("listening on UDP 127\\.0\\.0\\.1:(\\d+)").matcher(await(err, "listening on UDP"));
        assertTrue(m.find());
        String to = "127.0.0.1:" + m.group(1);

        Process crashing = launch("agent", "--id", "web-1", "--to", to, "--interval", "100ms", "--meta", "role=web");
        String alive = await(out, "\"node\":\"web-1\"", "\"to\":\"ALIVE\"");
        assertTrue(alive.contains("\"from\":null") && alive.contains("\"reason\":\"first heartbeat\"")
                && alive.contains("\"addr\":\"127.0.0.1:") && alive.contains("\"ts\":\""), alive);
        crashing.destroyForcibly().waitFor(); // kill -9: no goodbye
        await(out, "\"node\":\"web-1\"", "\"from\":\"ALIVE\"", "\"to\":\"SUSPECT\"");
        await(out, "\"node\":\"web-1\"", "\"from\":\"SUSPECT\"", "\"to\":\"DEAD\"");

        Process polite = launch("agent", "--id", "web-2", "--to", to, "--interval", "100ms");
        await(out, "\"node\":\"web-2\"", "\"to\":\"ALIVE\"");
        polite.destroy(); // SIGTERM, as Ctrl-C or systemctl stop
        polite.waitFor(10, TimeUnit.SECONDS);
        await(out, "\"node\":\"web-2\"", "\"from\":\"ALIVE\"", "\"to\":\"LEFT\"");
    }
}
