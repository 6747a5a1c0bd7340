package dev.pulsegrid.net.ganglia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pulsegrid.cluster.ManualClock;
import dev.pulsegrid.cluster.NodeState;
import dev.pulsegrid.cluster.NodeView;
import dev.pulsegrid.detect.FixedTimeoutDetector;
import dev.pulsegrid.net.Monitor;
import dev.pulsegrid.net.MonitorConfig;
import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real gmond (Debian's ganglia-monitor) sending unicast to our listener, with the captures'
 * config (src/test/resources/ganglia/gmond.conf): its host appears ALIVE with gmond's start time as
 * incarnation, and is DEAD once gmond is stopped and the dead-after silence has passed (virtual time).
 */
class GangliaEndToEndTest {
    @Test
    void realGmondHostIsAliveThenDeadAfterItStops(@TempDir Path dir) throws Exception {
        Path gmond = Path.of("/usr/sbin/gmond");
        assumeTrue(Files.isExecutable(gmond),
                "gmond is not installed (apt-get install -y ganglia-monitor): end-to-end test skipped");
        ManualClock clock = new ManualClock();
        MonitorConfig cfg = MonitorConfig.listeningOn(null).withClock(clock)
                .withDetector(new FixedTimeoutDetector(Duration.ofSeconds(30), Duration.ofSeconds(80)));
        try (Monitor monitor = Monitor.start(cfg);
                GangliaListener listener = GangliaListener.start(new InetSocketAddress("127.0.0.1", 0), null, null,
                        monitor::ingest)) {
            String conf;
            try (InputStream in = getClass().getResourceAsStream("/ganglia/gmond.conf")) {
                conf = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        .replace("port = PORT", "port = " + listener.localAddress().getPort())
                        .replace("\"pg-gmond-host\"", "\"pg-gmond-e2e\"");
            }
            Path confFile = Files.writeString(dir.resolve("gmond.conf"), conf);
            Process p = new ProcessBuilder(gmond.toString(), "-c", confFile.toString(), "-f",
                    "-p", dir.resolve("gmond.pid").toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("gmond.log").toFile()).start();
            try {
                NodeView v = null;
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (v == null && System.nanoTime() < deadline && p.isAlive()) {
                    Thread.sleep(50); // waiting for gmond's first heartbeat (real I/O), not for a timeout
                    v = monitor.syncNow().find("pg-gmond-e2e");
                }
                assertNotNull(v, "no heartbeat from gmond; its log:\n" + Files.readString(dir.resolve("gmond.log")));
                assertEquals(NodeState.ALIVE, v.state());
                assertEquals("ganglia", v.source());
                assertEquals(20_000, v.intervalHintMillis(), "heartbeat tmax");
                assertTrue(v.incarnation() > 1_700_000_000L, "gmond start time as incarnation: " + v.incarnation());
            } finally {
                p.destroy();
                if (!p.waitFor(20, TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            }
            try (DatagramSocket s = new DatagramSocket()) { // a sentinel: everything before it has been handled
                byte[] sentinel = {0, 0, 0, 1};
                s.send(new DatagramPacket(sentinel, sentinel.length, listener.localAddress()));
            }
            long drained = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (listener.counters().dropped("unknown-format") == 0 && System.nanoTime() < drained) {
                Thread.sleep(10);
            }
            assertEquals(1, listener.counters().dropped("unknown-format"));
            monitor.syncNow();
            clock.advanceMillis(81_000);
            assertEquals(NodeState.DEAD, monitor.syncNow().find("pg-gmond-e2e").state());
        }
    }
}
