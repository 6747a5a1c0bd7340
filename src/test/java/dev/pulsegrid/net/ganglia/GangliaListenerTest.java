package dev.pulsegrid.net.ganglia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pulsegrid.net.BindFailedException;
import dev.pulsegrid.protocol.Heartbeat;
import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.MulticastSocket;
import java.net.NetworkInterface;
import java.net.StandardSocketOptions;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class GangliaListenerTest {
    static byte[] capture(String folder, int i) throws Exception {
        try (InputStream in = GangliaListenerTest.class.getResourceAsStream(String.format("/ganglia/%s/%03d.bin", folder, i))) {
            return in.readAllBytes();
        }
    }

    @Test
    void unicastListenerTurnsTheCapturedStreamIntoHeartbeatsAndCountsTheRest() throws Exception {
        LinkedBlockingQueue<Heartbeat> got = new LinkedBlockingQueue<>();
        try (GangliaListener l = GangliaListener.start(new InetSocketAddress("127.0.0.1", 0), null, null,
                (hb, from, source) -> got.add(hb));
                java.net.DatagramSocket s = new java.net.DatagramSocket()) {
            for (int i = 0; i < 36; i++) {
                byte[] p = capture("plain", i);
                s.send(new DatagramPacket(p, p.length, InetAddress.getLoopbackAddress(), l.localAddress().getPort()));
            }
            byte[] junk = {0, 0, 0, 1, 2, 3};
            s.send(new DatagramPacket(junk, junk.length, InetAddress.getLoopbackAddress(), l.localAddress().getPort()));
            for (int i = 0; i < 2; i++) {
                Heartbeat hb = got.poll(10, TimeUnit.SECONDS);
                assertEquals("vm", hb == null ? null : hb.nodeId());
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (l.counters().heartbeats() + l.counters().ignored() + l.counters().dropped("unknown-format") < 37
                    && System.nanoTime() < deadline) {
                Thread.onSpinWait(); // waiting for I/O to arrive, not for a timeout
            }
            assertEquals(37, l.counters().datagrams());
            assertEquals(2, l.counters().heartbeats());
            assertEquals(34, l.counters().ignored());
            assertEquals(1, l.counters().dropped("unknown-format"));
        }
    }

    @Test
    void multicastListenerReceivesWhatIsSentToGmondsGroup() throws Exception {
        NetworkInterface lo = null;
        for (NetworkInterface n : java.util.Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (n.isUp() && n.supportsMulticast() && n.inetAddresses().anyMatch(a -> a instanceof java.net.Inet4Address)) {
                lo = n;
                break;
            }
        }
        assumeTrue(lo != null, "no interface here is up with IPv4 and multicast: multicast join not testable");
        InetAddress group = InetAddress.getByName(GangliaListener.DEFAULT_GROUP);
        LinkedBlockingQueue<Heartbeat> got = new LinkedBlockingQueue<>();
        GangliaListener l;
        try {
            l = GangliaListener.start(new InetSocketAddress("0.0.0.0", 0), group, lo.getName(),
                    (hb, from, source) -> got.add(hb));
        } catch (BindFailedException e) {
            assumeTrue(false, "multicast join on " + lo.getName() + " refused here: " + e.getMessage());
            return;
        }
        try (l; MulticastSocket s = new MulticastSocket()) {
            s.setOption(StandardSocketOptions.IP_MULTICAST_IF, lo);
            s.setOption(StandardSocketOptions.IP_MULTICAST_LOOP, true);
            byte[] p = capture("spoofed", 0);
            s.send(new DatagramPacket(p, p.length, group, l.localAddress().getPort()));
            Heartbeat hb = got.poll(10, TimeUnit.SECONDS);
            assertEquals("pg-gmond-host", hb == null ? null : hb.nodeId());
        }
    }
}
