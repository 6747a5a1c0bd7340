package dev.pulsegrid.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pulsegrid.cluster.MembershipEvent;
import dev.pulsegrid.cluster.NodeState;
import dev.pulsegrid.detect.FixedTimeoutDetector;
import dev.pulsegrid.protocol.DecodeError;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Real UDP on loopback: agent -> monitor, through the real decoder and membership thread. */
class LoopbackIngestTest {
    private Monitor monitor;
    private HeartbeatSender sender;
    private final BlockingQueue<MembershipEvent> events = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() throws Exception {
        monitor = Monitor.start(MonitorConfig.listeningOn(new InetSocketAddress("127.0.0.1", 0))
                .withDetector(new FixedTimeoutDetector(Duration.ofMillis(300), Duration.ofMillis(600))));
        monitor.addListener(e -> {
            if (e.isTransition() || e.kind() == MembershipEvent.Kind.RESTART) {
                events.add(e);
            }
        });
        sender = HeartbeatSender.open();
    }

    @AfterEach
    void stop() {
        sender.close();
        monitor.close();
    }

    private MembershipEvent next() throws InterruptedException {
        MembershipEvent e = events.poll(5, TimeUnit.SECONDS);
        assertNotNull(e, "no event within 5 s");
        return e;
    }

    private HeartbeatAgent agent(String id, long incarnation) {
        return new HeartbeatAgent(sender, id, List.of(monitor.localAddress()), Duration.ofMillis(50),
                Map.of("role", "web"), incarnation);
    }

    @Test
    void agentAppearsAliveThenCrashTurnsSuspectThenDeadAndRestartIsSeen() throws Exception {
        HeartbeatAgent a = agent("web-1", 100);
        a.start();
        MembershipEvent first = next();
        assertEquals("web-1", first.nodeId());
        assertEquals(null, first.from());
        assertEquals(NodeState.ALIVE, first.to());
        assertEquals("web", first.meta().get("role"));
        a.stop(); // silent, like kill -9
        MembershipEvent suspect = next();
        assertEquals(NodeState.SUSPECT, suspect.to());
        MembershipEvent dead = next();
        assertEquals(NodeState.DEAD, dead.to());
        // Exact instants are tested in virtual time (MembershipTest); over real UDP on a loaded
        // machine only the order and the thresholds named in the reasons are stable.
        assertTrue(dead.nanos() >= suspect.nanos());
        assertTrue(suspect.reason().endsWith("(suspect after 0.3s)"), suspect.reason());
        assertTrue(dead.reason().endsWith("(dead after 0.6s)"), dead.reason());

        HeartbeatAgent again = agent("web-1", 200);
        again.start();
        assertEquals(MembershipEvent.Kind.RESTART, next().kind());
        MembershipEvent alive = next();
        assertEquals(NodeState.ALIVE, alive.to());
        again.leave();
        MembershipEvent left = next();
        assertEquals(NodeState.LEFT, left.to());
        assertEquals("goodbye (graceful leave)", left.reason());
    }

    @Test
    void aJsonDatagramFromBashCountsAsAHeartbeatAndGarbageIsCountedNotFatal() throws Exception {
        try (DatagramSocket s = new DatagramSocket()) {
            byte[] garbage = {(byte) 0xde, (byte) 0xad, (byte) 0xbe, (byte) 0xef, 1, 2, 3};
            s.send(new DatagramPacket(garbage, garbage.length, monitor.localAddress()));
            byte[] json = "{\"id\":\"db-7\"}\n".getBytes(StandardCharsets.UTF_8);
            s.send(new DatagramPacket(json, json.length, monitor.localAddress()));
        }
        MembershipEvent e = next();
        assertEquals("db-7", e.nodeId());
        assertEquals(NodeState.ALIVE, e.to());
        assertEquals(1, monitor.counters().rejectedTotal());
        assertEquals(1, monitor.counters().accepted());
        assertTrue(monitor.counters().rejected(DecodeError.BAD_MAGIC) + monitor.counters().rejected(DecodeError.TOO_SHORT) == 1,
                "rejected by reason: " + monitor.counters().rejectsByReason());
    }

    @Test
    void aPortInUseIsAReadableError() {
        InetSocketAddress taken = monitor.localAddress();
        BindFailedException e = assertThrows(BindFailedException.class,
                () -> Monitor.start(MonitorConfig.listeningOn(taken)));
        assertTrue(e.getMessage().contains("already in use"), e.getMessage());
        assertTrue(e.getMessage().contains("--port"), e.getMessage());
    }
}
