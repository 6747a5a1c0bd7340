package dev.pulsegrid.hooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.pulsegrid.cluster.ManualClock;
import dev.pulsegrid.cluster.Membership;
import dev.pulsegrid.cluster.MembershipEvent;
import dev.pulsegrid.cluster.NodeState;
import dev.pulsegrid.detect.FixedTimeoutDetector;
import dev.pulsegrid.protocol.Heartbeat;
import dev.pulsegrid.protocol.MessageType;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventHandlersTest {
    private static final InetSocketAddress FROM = new InetSocketAddress("10.1.2.3", 9797);
    private final ManualClock clock = new ManualClock();
    private final Membership membership = new Membership(clock,
            new FixedTimeoutDetector(Duration.ofSeconds(3), Duration.ofSeconds(10)));
    private long sequence;

    private void heartbeat(String id) {
        membership.onHeartbeat(new Heartbeat(MessageType.HEARTBEAT, id, 1, ++sequence, 0, 1000, Map.of()), FROM, "native");
    }

    /** Waits for work on other threads (processes, HTTP) to show; fails after 30 s, never asserts a duration. */
    private static void await(BooleanSupplier done, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 30 s: " + what);
            }
            Thread.sleep(10);
        }
    }

    /** null→ALIVE, ALIVE→SUSPECT, SUSPECT→DEAD, DEAD→ALIVE for web-1, driven through real membership. */
    private void fourTransitions() {
        heartbeat("web-1");
        clock.advanceMillis(4_000);
        membership.advance();
        clock.advanceMillis(7_000);
        membership.advance();
        heartbeat("web-1");
    }

    @Test
    void scriptReceivesExactlyTheTransitionsInOrderWithEnvironmentAndJson(@TempDir Path dir) throws Exception {
        Path all = dir.resolve("all.txt");
        Path dead = dir.resolve("dead.txt");
        String script = "printf '%s|%s|%s|%s|%s|%s|' \"$PULSEGRID_NODE\" \"$PULSEGRID_ADDR\" \"$PULSEGRID_FROM\""
                + " \"$PULSEGRID_TO\" \"$PULSEGRID_TS\" \"$PULSEGRID_REASON\" >> " + all + "; cat >> " + all;
        try (EventHandlers h = EventHandlers.start(List.of(script, "dead=cat >> " + dead), List.of(),
                Duration.ofSeconds(20), 100, 2)) {
            membership.addListener(h);
            fourTransitions();
            await(() -> h.stats().get(0).completed() == 4 && h.stats().get(1).completed() == 1, "handlers done");
            assertEquals(4, h.stats().get(0).succeeded());
            List<String> lines = Files.readAllLines(all, StandardCharsets.UTF_8);
            assertEquals(4, lines.size(), String.join("\n", lines));
            String[][] expected = {{"", "ALIVE"}, {"ALIVE", "SUSPECT"}, {"SUSPECT", "DEAD"}, {"DEAD", "ALIVE"}};
            for (int i = 0; i < 4; i++) {
                String[] f = lines.get(i).split("\\|", 7);
                assertEquals("web-1", f[0]);
                assertEquals("10.1.2.3:9797", f[1]);
                assertEquals(expected[i][0], f[2], "from, line " + i);
                assertEquals(expected[i][1], f[3], "to, line " + i);
                assertTrue(f[4].matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"), f[4]);
                assertFalse(f[5].isEmpty(), "reason");
                assertTrue(f[6].startsWith("{") && f[6].contains("\"to\":\"" + expected[i][1] + "\""), f[6]);
            }
            List<String> deadLines = Files.readAllLines(dead, StandardCharsets.UTF_8);
            assertEquals(1, deadLines.size());
            assertTrue(deadLines.get(0).contains("\"from\":\"SUSPECT\",\"to\":\"DEAD\""), deadLines.get(0));
        }
    }

    @Test
    void hangingHandlerIsKilledWithItsChildrenAtTheTimeoutWhileDetectionGoesOn(@TempDir Path dir) throws Exception {
        Path pid = dir.resolve("child.pid");
        String hang = "sleep 600 & echo $! > " + pid + "; wait";
        // 5 s: long enough that the queue assertions below run while the first run still hangs, even on
        // a loaded machine; the test then waits (not asserts) for the kill.
        try (EventHandlers h = EventHandlers.start(List.of(hang), List.of(), Duration.ofSeconds(5), 1, 1)) {
            membership.addListener(h);
            heartbeat("web-1"); // null→ALIVE: starts the hanging handler
            await(() -> Files.exists(pid) && read(pid) > 0, "handler started");
            ProcessHandle child = ProcessHandle.of(read(pid)).orElseThrow();
            assertTrue(child.isAlive(), "the listener returned while its handler still runs");

            clock.advanceMillis(4_000); // detection is not held up: both transitions happen now
            membership.advance();
            clock.advanceMillis(7_000);
            membership.advance();
            assertEquals(NodeState.DEAD, membership.view("web-1").state());
            assertEquals(1, h.stats().get(0).queued(), "SUSPECT waits in the queue of one");
            assertEquals(1, h.stats().get(0).dropped(), "DEAD found the queue full: counted, not blocking");

            await(() -> h.stats().get(0).timedOut() >= 1, "first run killed at its timeout");
            await(() -> !child.isAlive(), "the handler's child process killed too");
        }
    }

    private static long read(Path p) {
        try {
            String s = Files.readString(p).trim();
            return s.isEmpty() ? -1 : Long.parseLong(s);
        } catch (Exception e) {
            return -1;
        }
    }

    @Test
    void webhookPostsEachTransitionsJsonToALocalServer() throws Exception {
        List<String> bodies = new CopyOnWriteArrayList<>();
        List<String> types = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", ex -> {
            bodies.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            types.add(ex.getRequestHeaders().getFirst("Content-Type"));
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        server.start();
        URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
        try (EventHandlers h = EventHandlers.start(List.of(), List.of(url), Duration.ofSeconds(10), 100, 1)) {
            membership.addListener(h);
            fourTransitions();
            await(() -> h.stats().get(0).completed() == 4, "4 posts");
            assertEquals(4, h.stats().get(0).succeeded());
            assertEquals(4, bodies.size());
            assertTrue(bodies.get(0).contains("\"node\":\"web-1\",\"from\":null,\"to\":\"ALIVE\""), bodies.get(0));
            assertTrue(bodies.get(2).contains("\"from\":\"SUSPECT\",\"to\":\"DEAD\""), bodies.get(2));
            assertTrue(bodies.get(3).contains("\"addr\":\"10.1.2.3:9797\""), bodies.get(3));
            assertEquals("application/json", types.get(0));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void onlyTransitionsReachHandlers() {
        try (EventHandlers h = EventHandlers.start(List.of("true"), List.of(), Duration.ofSeconds(5), 1, 1)) {
            h.onEvent(new MembershipEvent(0, 0, MembershipEvent.Kind.META_CHANGE, "x", NodeState.ALIVE,
                    NodeState.ALIVE, "meta", null, 0, Map.of()));
            assertEquals(0, h.stats().get(0).queued() + h.stats().get(0).completed() + h.stats().get(0).dropped());
        }
    }
}
