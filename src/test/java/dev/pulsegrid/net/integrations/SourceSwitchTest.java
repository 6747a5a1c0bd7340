package dev.pulsegrid.net.integrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pulsegrid.cluster.ManualClock;
import dev.pulsegrid.net.BindFailedException;
import dev.pulsegrid.net.Monitor;
import dev.pulsegrid.net.MonitorConfig;
import dev.pulsegrid.net.SourceTallies;
import dev.pulsegrid.net.SourceTally;
import dev.pulsegrid.protocol.collectd.SecurityLevel;
import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** collectd and Ganglia on and off on a running monitor, and each source's counters listed while it runs. */
class SourceSwitchTest {
    private static final InetSocketAddress ANY_LOOPBACK = new InetSocketAddress("127.0.0.1", 0);

    @Test
    void collectdCountsBySourceWhileOnAndReleasesItsPortWhenOff(@TempDir Path dir) throws Exception {
        Path auth = Files.writeString(dir.resolve("passwd"), "pulsegrid: capture-secret\n");
        try (Monitor m = Monitor.start(MonitorConfig.listeningOn(ANY_LOOPBACK).withClock(new ManualClock()))) {
            SourceSwitch sw = SourceSwitch.of(m);
            assertEquals(List.of("native"), sources(m));
            int port = sw.startCollectd(new CollectdSetup(ANY_LOOPBACK, SecurityLevel.SIGN, auth)).localAddress().getPort();
            assertTrue(sw.collectdDescription().matches("collectd: UDP 127\\.0\\.0\\.1:\\d+, security sign, 1 user\\(s\\)"),
                    sw.collectdDescription());
            send(port, "/collectd/sign-000.bin");
            send(port, "/collectd/none-000.bin"); // unsigned: dropped at level sign
            SourceTally collectd = awaitCollectd(m, 2);
            assertEquals(1, collectd.accepted());
            assertEquals(Map.of("unsigned", 1L), collectd.rejects());

            assertTrue(sw.stopCollectd());
            assertEquals(List.of("native"), sources(m));
            assertNull(sw.collectd());
            try (DatagramSocket again = new DatagramSocket(port, InetAddress.getLoopbackAddress())) {
                assertEquals(port, again.getLocalPort());
            }
            assertTrue(!sw.stopCollectd(), "stopping what is off is a no-op");
        }
    }

    @Test
    void aBusyPortLeavesItOffAndAnotherListenerUntouched() throws Exception {
        try (Monitor m = Monitor.start(MonitorConfig.listeningOn(null));
                DatagramSocket taken = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            SourceSwitch sw = SourceSwitch.of(m);
            sw.startGanglia(new GangliaSetup(ANY_LOOPBACK, null, null));
            BindFailedException e = assertThrows(BindFailedException.class, () -> sw.startCollectd(new CollectdSetup(
                    new InetSocketAddress("127.0.0.1", taken.getLocalPort()), SecurityLevel.NONE, null)));
            assertTrue(e.getMessage().contains("already in use"), e.getMessage());
            assertNull(sw.collectdDescription());
            assertNotNull(sw.ganglia());
            assertEquals(List.of("native", "ganglia"), sources(m));
        }
    }

    @Test
    void monitorListensLaterWhenItsPortWasTaken() throws Exception {
        try (Monitor m = Monitor.start(MonitorConfig.listeningOn(null))) {
            assertNull(m.localAddress());
            InetSocketAddress bound = m.listen(ANY_LOOPBACK);
            assertEquals("127.0.0.1", bound.getAddress().getHostAddress());
            assertTrue(bound.getPort() > 0);
            assertThrows(IllegalStateException.class, () -> m.listen(ANY_LOOPBACK));
        }
    }

    private static List<String> sources(Monitor m) {
        return SourceTallies.of(m).read().stream().map(SourceTally::source).toList();
    }

    private void send(int port, String resource) throws Exception {
        byte[] p;
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            p = in.readAllBytes();
        }
        try (DatagramSocket s = new DatagramSocket()) {
            s.send(new DatagramPacket(p, p.length, InetAddress.getLoopbackAddress(), port));
        }
    }

    private static SourceTally awaitCollectd(Monitor m, long datagrams) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            for (SourceTally t : SourceTallies.of(m).read()) {
                if (t.source().equals("collectd") && t.datagrams() >= datagrams && t.accepted() + t.rejected() >= datagrams) {
                    return t;
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("collectd did not count " + datagrams + " datagrams: " + SourceTallies.of(m).read());
    }
}
