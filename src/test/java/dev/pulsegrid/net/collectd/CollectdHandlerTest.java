package dev.pulsegrid.net.collectd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pulsegrid.net.SourceCounters;
import dev.pulsegrid.protocol.Heartbeat;
import dev.pulsegrid.protocol.collectd.CollectdAuthFile;
import dev.pulsegrid.protocol.collectd.CollectdDecoder;
import dev.pulsegrid.protocol.collectd.SecurityLevel;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.channel.socket.DatagramPacket;
import java.io.InputStream;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CollectdHandlerTest {
    private static final InetSocketAddress SENDER = new InetSocketAddress("127.0.0.1", 40000);
    private static final InetSocketAddress LOCAL = new InetSocketAddress("127.0.0.1", 25826);

    static byte[] capture(String name) throws Exception {
        try (InputStream in = CollectdHandlerTest.class.getResourceAsStream("/collectd/" + name)) {
            return in.readAllBytes();
        }
    }

    private static CollectdAuthFile auth(String password) {
        return CollectdAuthFile.parse(List.of("pulsegrid: " + password), "test");
    }

    @Test
    void signedCaptureBecomesAHeartbeatAndWrongPasswordIsCountedAndDropped() throws Exception {
        List<Heartbeat> got = new CopyOnWriteArrayList<>();
        List<String> sources = new CopyOnWriteArrayList<>();
        SourceCounters counters = new SourceCounters("collectd");
        EmbeddedChannel ch = new EmbeddedChannel(new CollectdHandler(
                new CollectdDecoder(SecurityLevel.SIGN, auth("capture-secret")),
                (hb, from, source) -> { got.add(hb); sources.add(source); }, counters));
        ch.writeInbound(new DatagramPacket(Unpooled.wrappedBuffer(capture("sign-000.bin")), LOCAL, SENDER));
        ch.writeInbound(new DatagramPacket(Unpooled.wrappedBuffer(capture("none-000.bin")), LOCAL, SENDER));
        ch.writeInbound(new DatagramPacket(Unpooled.wrappedBuffer(new byte[] {0, 0, 0, 9}), LOCAL, SENDER));
        assertTrue(ch.isOpen(), "a bad datagram never closes the channel");
        assertEquals(1, got.size());
        assertEquals("pg-capture-host", got.get(0).nodeId());
        assertEquals(2000, got.get(0).intervalHintMillis());
        assertEquals("collectd", sources.get(0));
        assertEquals(3, counters.datagrams());
        assertEquals(1, counters.heartbeats());
        assertEquals(1, counters.dropped("unsigned"));
        assertEquals(1, counters.dropped("truncated"));

        EmbeddedChannel wrong = new EmbeddedChannel(new CollectdHandler(
                new CollectdDecoder(SecurityLevel.SIGN, auth("not-the-password")), (hb, from, source) -> got.add(hb),
                counters));
        wrong.writeInbound(new DatagramPacket(Unpooled.wrappedBuffer(capture("sign-001.bin")), LOCAL, SENDER));
        assertEquals(1, got.size());
        assertEquals(1, counters.dropped("bad-signature"));
    }

    @Test
    void listenerOnAnEphemeralPortDeliversEncryptedCapturesFromARealSocket() throws Exception {
        LinkedBlockingQueue<Heartbeat> got = new LinkedBlockingQueue<>();
        try (CollectdListener l = CollectdListener.start(new InetSocketAddress("127.0.0.1", 0),
                SecurityLevel.ENCRYPT, auth("capture-secret"), (hb, from, source) -> got.add(hb));
                DatagramSocket s = new DatagramSocket()) {
            for (int i = 0; i < 3; i++) {
                byte[] p = capture(String.format("encrypt-%03d.bin", i));
                s.send(new java.net.DatagramPacket(p, p.length, InetAddress.getLoopbackAddress(), l.localAddress().getPort()));
            }
            for (int i = 0; i < 3; i++) {
                Heartbeat hb = got.poll(10, TimeUnit.SECONDS);
                assertEquals("pg-capture-host", hb == null ? null : hb.nodeId(), "heartbeat " + i);
                assertEquals("encrypt", hb.meta().get("collectd.security"));
            }
            assertEquals(3, l.counters().heartbeats());
        }
    }
}
