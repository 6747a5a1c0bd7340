package dev.pulsegrid.net.collectd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pulsegrid.cluster.ManualClock;
import dev.pulsegrid.cluster.NodeState;
import dev.pulsegrid.cluster.NodeView;
import dev.pulsegrid.detect.FixedTimeoutDetector;
import dev.pulsegrid.net.Monitor;
import dev.pulsegrid.net.MonitorConfig;
import dev.pulsegrid.protocol.collectd.CollectdAuthFile;
import dev.pulsegrid.protocol.collectd.SecurityLevel;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real collectd daemon (Debian's collectd-core) signing its values to our listener: its host
 * appears ALIVE, and is DEAD once collectd is stopped and the dead-after silence has passed.
 * Time for the detector is virtual (ManualClock); only the wait for collectd's packets is real.
 */
class CollectdEndToEndTest {
    private static final String HOST = "pg-e2e-host";

    static Optional<Path> collectdBinary() {
        return Stream.of("/usr/sbin/collectd", "/usr/bin/collectd", "/usr/local/sbin/collectd")
                .map(Path::of).filter(Files::isExecutable).findFirst();
    }

    @Test
    void realCollectdHostIsAliveThenDeadAfterItStops(@TempDir Path dir) throws Exception {
        Optional<Path> collectd = collectdBinary();
        assumeTrue(collectd.isPresent() && Files.exists(Path.of("/usr/lib/collectd/network.so")),
                "collectd is not installed (apt-get install -y collectd-core): end-to-end test skipped");
        ManualClock clock = new ManualClock();
        MonitorConfig cfg = MonitorConfig.listeningOn(null).withClock(clock)
                .withDetector(new FixedTimeoutDetector(Duration.ofSeconds(5), Duration.ofSeconds(15)));
        CollectdAuthFile auth = CollectdAuthFile.parse(List.of("e2e: e2e-secret"), "test");
        try (Monitor monitor = Monitor.start(cfg);
                CollectdListener listener = CollectdListener.start(new InetSocketAddress("127.0.0.1", 0),
                        SecurityLevel.SIGN, auth, monitor::ingest)) {
            Path conf = dir.resolve("collectd.conf");
            Files.writeString(conf, String.join("\n",
                    "Hostname \"" + HOST + "\"",
                    "FQDNLookup false",
                    "Interval 1",
                    "BaseDir \"" + dir + "\"",
                    "PIDFile \"" + dir.resolve("collectd.pid") + "\"",
                    "PluginDir \"/usr/lib/collectd\"",
                    // cpu, interface and memory fill collectd's 1452-byte packet within a second or two
                    "LoadPlugin cpu", "LoadPlugin interface", "LoadPlugin memory", "LoadPlugin load",
                    "LoadPlugin network",
                    "<Plugin network>",
                    "  <Server \"127.0.0.1\" \"" + listener.localAddress().getPort() + "\">",
                    "    SecurityLevel Sign", "    Username \"e2e\"", "    Password \"e2e-secret\"",
                    "  </Server>",
                    "</Plugin>", ""));
            Process p = new ProcessBuilder(collectd.get().toString(), "-C", conf.toString(), "-f")
                    .redirectErrorStream(true).redirectOutput(dir.resolve("collectd.log").toFile()).start();
            try {
                NodeView v = null;
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (v == null && System.nanoTime() < deadline && p.isAlive()) {
                    Thread.sleep(50); // waiting for collectd's first full packet (real I/O), not for a timeout
                    v = monitor.syncNow().find(HOST);
                }
                assertNotNull(v, "no heartbeat from collectd; its log:\n" + Files.readString(dir.resolve("collectd.log")));
                assertEquals(NodeState.ALIVE, v.state());
                assertEquals("collectd", v.source());
                assertEquals(1000, v.intervalHintMillis(), "collectd's Interval 1");
                assertEquals("sign", v.meta().get("collectd.security"));
                assertEquals(0, listener.counters().droppedByReason().values().stream().mapToLong(Long::longValue).sum());
            } finally {
                p.destroy(); // SIGTERM: collectd flushes its last packet and exits
                if (!p.waitFor(20, TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            }
            // collectd's last packet is in our socket queue once it has exited; a sentinel sent after it
            // and seen dropped proves everything before it was decoded and handed to membership.
            try (java.net.DatagramSocket s = new java.net.DatagramSocket()) {
                byte[] sentinel = {0, 0, 0, 9};
                s.send(new java.net.DatagramPacket(sentinel, sentinel.length, listener.localAddress()));
            }
            long drained = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (listener.counters().dropped("truncated") == 0 && System.nanoTime() < drained) {
                Thread.sleep(10);
            }
            assertEquals(1, listener.counters().dropped("truncated"));
            monitor.syncNow();
            clock.advanceMillis(16_000);
            NodeView after = monitor.syncNow().find(HOST);
            assertEquals(NodeState.DEAD, after.state(), "silent for 16 s after collectd stopped (dead-after 15 s)");
        }
    }
}
