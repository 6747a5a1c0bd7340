package dev.pulsegrid.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pulsegrid.cluster.Membership;
import dev.pulsegrid.cluster.NodeView;
import dev.pulsegrid.protocol.DecodeError;
import dev.pulsegrid.protocol.Heartbeat;
import dev.pulsegrid.protocol.HeartbeatSigner;
import dev.pulsegrid.protocol.Keyring;
import dev.pulsegrid.protocol.MessageType;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Receiver policy end to end: real UDP on loopback, the real ingest handler, decoder, membership
 * thread and counters. Every case checks the counter an operator would look at.
 */
class SecureIngestTest {
    private static final String K1 = KeyringFileTest.K1;
    private static final String K2 = KeyringFileTest.K2;

    @TempDir
    Path dir;
    private Monitor monitor;
    private DatagramSocket socket;

    @AfterEach
    void stop() {
        if (socket != null) {
            socket.close();
        }
        if (monitor != null) {
            monitor.close();
        }
    }

    private Monitor start(IngestSecurity security) throws Exception {
        monitor = Monitor.start(MonitorConfig.listeningOn(new InetSocketAddress("127.0.0.1", 0)).withSecurity(security));
        socket = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0));
        return monitor;
    }

    private static Keyring keyring(String text) throws Exception {
        return Keyring.parse(text);
    }

    private static Heartbeat hb(String id, long seq) {
        return new Heartbeat(MessageType.HEARTBEAT, id, 7, seq, System.currentTimeMillis(), 1000, Map.of());
    }

    /** Sends and waits until the monitor has seen all of them (I/O completion, not a timeout). */
    private void send(byte[]... datagrams) throws Exception {
        long before = monitor.counters().datagrams();
        for (byte[] d : datagrams) {
            socket.send(new DatagramPacket(d, d.length, monitor.localAddress()));
        }
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (monitor.counters().datagrams() < before + datagrams.length && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        assertEquals(before + datagrams.length, monitor.counters().datagrams(), "datagrams lost on loopback");
        monitor.syncNow(); // and membership has applied them
    }

    private NodeView node(String id) {
        return monitor.call(m -> m.view(id)).join();
    }

    @Test
    void signedAcceptedUnsignedAcceptedWrongAndUnknownKeysCounted() throws Exception {
        Keyring ring = keyring(K1);
        start(new IngestSecurity(() -> ring, false, List.of(), 0));
        HeartbeatSigner good = HeartbeatSigner.of(ring);
        HeartbeatSigner wrongSecret = HeartbeatSigner.of(keyring(K2.replace("k2 ", "k1 ")));
        HeartbeatSigner unknown = HeartbeatSigner.of(keyring(K2));
        send(good.encode(hb("signed", 1)), good.encodeJson(hb("signed-json", 1)),
                dev.pulsegrid.protocol.BinaryHeartbeatEncoder.encode(hb("plain", 1)),
                wrongSecret.encode(hb("forged", 1)), unknown.encode(hb("stranger", 1)));
        IngestCounters c = monitor.counters();
        assertEquals(3, c.accepted());
        assertEquals(1, c.rejected(DecodeError.BAD_SIGNATURE));
        assertEquals(1, c.rejected(DecodeError.UNKNOWN_KEY));
        assertEquals(null, node("forged"));
        assertEquals(null, node("stranger"));
        assertEquals(7, node("signed").incarnation());
    }

    @Test
    void requireAuthDropsUnsignedOfBothForms() throws Exception {
        Keyring ring = keyring(K1);
        start(new IngestSecurity(() -> ring, true, List.of(), 0));
        send(dev.pulsegrid.protocol.BinaryHeartbeatEncoder.encode(hb("plain", 1)),
                "{\"id\":\"bash\"}\n".getBytes(), HeartbeatSigner.of(ring).encode(hb("signed", 1)));
        assertEquals(2, monitor.counters().rejected(DecodeError.UNSIGNED));
        assertEquals(1, monitor.counters().accepted());
        assertEquals(null, node("plain"));
    }

    @Test
    void rotatedKeyringFileIsUsedWithoutRestart() throws Exception {
        Path f = dir.resolve("keys");
        KeyringFileTest.rewrite(f, K1 + "\n", 1);
        try (KeyringFile kf = KeyringFile.open(f)) {
            start(new IngestSecurity(kf, true, List.of(), 0));
            HeartbeatSigner oldSender = HeartbeatSigner.of(keyring(K1));
            HeartbeatSigner newSender = HeartbeatSigner.of(keyring(K2));
            send(newSender.encode(hb("new", 1)));
            assertEquals(1, monitor.counters().rejected(DecodeError.UNKNOWN_KEY), "k2 accepted before it was added");

            KeyringFileTest.rewrite(f, K1 + "\n" + K2 + " primary\n", 2);
            assertTrue(kf.reloadIfChanged());
            send(newSender.encode(hb("new", 2)), oldSender.encode(hb("old", 1)));
            assertEquals(2, monitor.counters().accepted(), "both keys accepted while both are listed");

            KeyringFileTest.rewrite(f, K2 + "\n", 3);
            assertTrue(kf.reloadIfChanged());
            send(oldSender.encode(hb("old", 2)), newSender.encode(hb("new", 3)));
            assertEquals(2, monitor.counters().rejected(DecodeError.UNKNOWN_KEY), "k1 still accepted after removal");
            assertEquals(3, monitor.counters().accepted());
        }
    }

    @Test
    void replayedAndReorderedSignedDatagramsNeverMoveANodeBack() throws Exception {
        Keyring ring = keyring(K1);
        start(new IngestSecurity(() -> ring, true, List.of(), 0));
        HeartbeatSigner s = HeartbeatSigner.of(ring);
        byte[] seq1 = s.encode(hb("n", 1));
        byte[] seq2 = s.encode(hb("n", 2));
        byte[] seq3 = s.encode(hb("n", 3));
        send(seq1, seq3);
        long staleBefore = monitor.call(Membership::staleDropped).join();
        send(seq2);  // reordered: arrives after 3
        send(seq3);  // replayed: a captured valid datagram sent again
        send(seq1);  // replayed, older still
        assertEquals(3, node("n").sequence(), "a replayed or late datagram moved the sequence back");
        assertEquals(staleBefore + 3, monitor.call(Membership::staleDropped).join(),
                "membership's stale-datagram counter");
        assertEquals(0, monitor.counters().rejected(DecodeError.BAD_SIGNATURE), "replays carry valid signatures");
    }

    @Test
    void sourcesOutsideTheAllowListAreDroppedBeforeDecoding() throws Exception {
        start(new IngestSecurity(null, false, List.of(Cidr.parse("10.0.0.0/8"), Cidr.parse("fd00::/8")), 0));
        send("{\"id\":\"spoofed\"}".getBytes(), "garbage".getBytes());
        assertEquals(2, monitor.counters().rejected(DecodeError.NOT_ALLOWED));
        assertEquals(0, monitor.counters().rejected(DecodeError.BAD_MAGIC), "garbage from outside was parsed");
        assertEquals(null, node("spoofed"));
    }

    @Test
    void loopbackInsideTheAllowListIsAccepted() throws Exception {
        start(new IngestSecurity(null, false, List.of(Cidr.parse("127.0.0.0/8")), 0));
        send("{\"id\":\"local\"}".getBytes());
        assertEquals(1, monitor.counters().accepted());
    }

    @Test
    void heartbeatsFromTooFarInThePastOrFutureAreClockSkew() throws Exception {
        start(new IngestSecurity(null, false, List.of(), 30_000));
        long now = System.currentTimeMillis();
        send(("{\"id\":\"ok\",\"ts\":" + now + "}").getBytes(),
                ("{\"id\":\"old\",\"ts\":" + (now - 3_600_000) + "}").getBytes(),
                ("{\"id\":\"future\",\"ts\":" + (now + 3_600_000) + "}").getBytes(),
                "{\"id\":\"no-ts\"}".getBytes());
        assertEquals(3, monitor.counters().rejected(DecodeError.CLOCK_SKEW));
        assertEquals(1, monitor.counters().accepted());
    }

    @Test
    void agentSenderSignsWithThePrimaryKey() throws Exception {
        Keyring ring = keyring(K1 + "\n" + K2 + " primary");
        Keyring receiverOnlyK2 = keyring(K2);
        start(new IngestSecurity(() -> receiverOnlyK2, true, List.of(), 0));
        try (HeartbeatSender sender = HeartbeatSender.open(HeartbeatSigner.of(ring))) {
            long before = monitor.counters().datagrams();
            sender.sendNow(hb("agent", 1), monitor.localAddress());
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (monitor.counters().datagrams() == before && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            monitor.syncNow();
        }
        assertEquals(1, monitor.counters().accepted());
        assertEquals("agent", node("agent").id());
    }

    @Test
    void signedHeartbeatsPastTheNodeCapAreRefusedAndCounted() throws Exception {
        Keyring ring = keyring(K1);
        monitor = Monitor.start(MonitorConfig.listeningOn(new InetSocketAddress("127.0.0.1", 0))
                .withLimits(new dev.pulsegrid.cluster.MembershipLimits(2, java.time.Duration.ofHours(1)))
                .withSecurity(new IngestSecurity(() -> ring, true, List.of(), 0)));
        socket = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0));
        HeartbeatSigner s = HeartbeatSigner.of(ring);
        send(s.encode(hb("a", 1)), s.encode(hb("b", 1)), s.encode(hb("c", 1)), s.encode(hb("a", 2)));
        assertEquals(1, monitor.call(Membership::refusedOverCap).join(), "refused-new-ids counter");
        assertEquals(2, monitor.call(Membership::size).join());
        assertEquals(null, node("c"));
        assertEquals(2, node("a").sequence(), "known nodes keep being heard past the cap");
    }

    @Test
    void keyringFileInTheWrongPlaceIsAOneLineError() throws Exception {
        Path f = dir.resolve("keys");
        Files.writeString(f, "k1 not-a-secret\n");
        KeyringFileException e = org.junit.jupiter.api.Assertions.assertThrows(KeyringFileException.class, () -> KeyringFile.open(f));
        assertTrue(e.getMessage().contains("line 1: secret must start with 'hex:' or 'base64:'"), e.getMessage());
    }
}
