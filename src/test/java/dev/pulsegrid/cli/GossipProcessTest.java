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
 * Peer mode with real processes on loopback: three agents form a mesh with --port/--join, a watch
 * joins it through one of them and prints every member (heard by gossip, no --to anywhere); kill -9
 * on one agent turns it DEAD at the watch, SIGTERM on another turns it LEFT. Generous bounded waits:
 * four JVMs start on a shared 2-core machine.
 */
class GossipProcessTest {
    private static final String[] FAST = {"--gossip-interval", "100ms", "--t-fail", "3s"};
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
        cmd.addAll(List.of(FAST));
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

    private final List<String> history = new ArrayList<>();

    /** Waits for a line with every fragment; lines seen earlier count too (transitions arrive in any order). */
    private String await(BlockingQueue<String> q, String... mustContain) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        int checked = 0;
        while (true) {
            for (; checked < history.size(); checked++) {
                String l = history.get(checked);
                boolean all = true;
                for (String m : mustContain) {
                    all &= l.contains(m);
                }
                if (all) {
                    history.remove(checked);
                    return l;
                }
            }
            if (System.nanoTime() > deadline) {
                fail("no line with " + List.of(mustContain) + "; saw " + history);
            }
            String l = q.poll(200, TimeUnit.MILLISECONDS);
            if (l != null) {
                history.add(l);
            }
        }
    }

    private String gossipAddress(BlockingQueue<String> err) throws InterruptedException {
        Matcher m = Pattern.compile("on UDP \\S*:(\\d+),").matcher(await(err, "gossip: "));
        assertTrue(m.find());
        return "127.0.0.1:" + m.group(1);
    }

    @Test
    void agentsFormAMeshAWatchJoinsItAndSeesCrashesAndGoodbyes() throws Exception {
        Process a = launch("agent", "--id", "a", "--port", "0");
        String seed = gossipAddress(lines(a.getErrorStream()));
        Process b = launch("agent", "--id", "b", "--port", "0", "--join", seed);
        Process c = launch("agent", "--id", "c", "--port", "0", "--join", seed);
        Process watch = launch("watch", "--bind", "127.0.0.1", "--port", "0", "--id", "ws", "--gossip-port", "0",
                "--join", seed, "--suspect-after", "1500ms", "--dead-after", "3s", "--summary-every", "0s");
        BlockingQueue<String> out = lines(watch.getInputStream());
        lines(watch.getErrorStream());
        for (String id : List.of("a", "b", "c", "ws")) {
            await(out, "\"node\":\"" + id + "\"", "\"to\":\"ALIVE\"");
        }
        c.destroyForcibly().waitFor(); // kill -9: no goodbye, its counter just stops
        await(out, "\"node\":\"c\"", "\"to\":\"DEAD\"");
        b.destroy(); // SIGTERM: a goodbye through the mesh
        b.waitFor(10, TimeUnit.SECONDS);
        await(out, "\"node\":\"b\"", "\"to\":\"LEFT\"");
    }
}
