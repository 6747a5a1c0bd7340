package dev.pulsegrid.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The gossip section against independently generated vectors, garbage, and the send limit. */
class GossipCodecTest {
    static List<Vector> valid() {
        return Vector.load("gossip-valid.txt");
    }

    static List<Vector> invalid() {
        return Vector.load("gossip-invalid.txt");
    }

    static String describe(GossipDigest d) {
        return Vector.describe(d.sender()) + " entries=" + d.entries().stream().map(e -> e.status() + " " + e.nodeId()
                + " inc=" + e.incarnation() + " ctr=" + e.counter() + " addr=" + addr(e.address())
                + (e.meta() == null ? "" : " meta=" + new java.util.TreeMap<>(e.meta())))
                .collect(Collectors.joining(", ", "[", "]"));
    }

    static String addr(InetSocketAddress a) {
        if (a == null) {
            return "-";
        }
        String h = a.getAddress().getHostAddress();
        return (h.contains(":") ? "[" + h + "]" : h) + ":" + a.getPort();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void validVectorsDecodeAndTheEncoderWritesTheSameBytes(Vector v) throws Exception {
        GossipDigest d = GossipCodec.decode(v.bytes());
        assertTrue(d.gossip());
        assertEquals(v.expected(), describe(d));
        assertArrayEquals(v.bytes(), GossipCodec.encode(d));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void invalidVectorsAreRefusedWithTheirReason(Vector v) {
        DecodeException e = assertThrows(DecodeException.class, () -> GossipCodec.decode(v.bytes()));
        assertEquals(v.expected(), e.reason().name(), v.name() + ": " + e.getMessage());
    }

    static List<Vector> signed() {
        return Vector.load("gossip-auth.txt");
    }

    private static String outcome(byte[] bytes, boolean requireAuth) {
        try {
            return describe(GossipCodec.decode(java.nio.ByteBuffer.wrap(bytes), AuthVectorTest.keyring(), requireAuth));
        } catch (DecodeException e) {
            return e.reason().name();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("signed")
    void signedGossipIsVerifiedBeforeItsEntriesAreRead(Vector v) {
        String[] expected = v.expected().split(" \\|\\| ");
        assertEquals(expected[0], outcome(v.bytes(), false), "accepting unsigned");
        assertEquals(expected[1], outcome(v.bytes(), true), "--require-auth");
    }

    @Test
    void theSignerReproducesTheSignedVectorAndAKeylessReceiverRefusesIt() throws Exception {
        Vector v = signed().get(0);
        GossipDigest d = GossipCodec.decode(java.nio.ByteBuffer.wrap(v.bytes()), AuthVectorTest.keyring(), true);
        assertArrayEquals(v.bytes(), HeartbeatSigner.of(AuthVectorTest.keyring()).sign(GossipCodec.encode(d)));
        DecodeException keyless = assertThrows(DecodeException.class, () -> GossipCodec.decode(v.bytes()));
        assertEquals(DecodeError.UNKNOWN_KEY, keyless.reason());
    }

    @Test
    void aPlainMonitorPortStillRefusesGossipAsAnUnsupportedSection() throws Exception {
        byte[] gossip = valid().get(1).bytes();
        DecodeException e = assertThrows(DecodeException.class, () -> HeartbeatDecoder.decode(gossip));
        assertEquals(DecodeError.UNSUPPORTED_SECTION, e.reason());
    }

    @Test
    void aDecoderThatPredatesEntryMetadataRefusesItByReasonWithoutBreaking() {
        // The plain heartbeat decoder stands in for an older gossip decoder: bit 2 is outside its
        // known flags, so the datagram is counted (BAD_FLAGS) and dropped, never thrown past it.
        byte[] withMeta = valid().stream().filter(v -> v.name().equals("gossip-entry-metadata")).findFirst().orElseThrow().bytes();
        DecodeException e = assertThrows(DecodeException.class, () -> HeartbeatDecoder.decode(withMeta));
        assertEquals(DecodeError.BAD_FLAGS, e.reason());
    }

    @Test
    void plainHeartbeatsPassThroughAsDigestsWithoutEntries() throws Exception {
        GossipDigest json = GossipCodec.decode("{\"id\":\"db-7\"}\n".getBytes(StandardCharsets.UTF_8));
        assertFalse(json.gossip());
        assertEquals("db-7", json.sender().nodeId());
        Heartbeat hb = new Heartbeat(MessageType.HEARTBEAT, "web-1", 2, 3, 4, 5, Map.of("k", "v"));
        GossipDigest bin = GossipCodec.decode(BinaryHeartbeatEncoder.encode(hb));
        assertFalse(bin.gossip());
        assertEquals(hb, bin.sender());
        assertTrue(bin.entries().isEmpty());
    }

    @Test
    void theEncoderNeverExceeds1400BytesAndTheSizeFormulaIsExact() {
        Heartbeat hb = new Heartbeat(MessageType.HEARTBEAT, "sender", 1, 1, 0, 1000, Map.of());
        List<GossipEntry> entries = new ArrayList<>();
        int size = GossipCodec.baseSize(hb);
        for (int i = 0; size <= 1400; i++) {
            GossipEntry e = new GossipEntry("node-" + i, i, i * 7L, GossipStatus.ALIVE, new InetSocketAddress("10.1.2.3", 7000 + i));
            entries.add(e);
            size += GossipCodec.entrySize(e);
            if (size <= 1400) {
                assertEquals(size, GossipCodec.encode(GossipDigest.of(hb, entries)).length);
            }
        }
        InvalidHeartbeatException tooBig = assertThrows(InvalidHeartbeatException.class,
                () -> GossipCodec.encode(GossipDigest.of(hb, entries)));
        assertEquals(DecodeError.TOO_LARGE, tooBig.reason());
    }

    @Test
    void mutatedDatagramsAreRefusedByReasonAndNeverBreakTheDecoder() {
        Random r = new Random(42);
        int refused = 0;
        for (Vector v : valid()) {
            for (int i = 0; i < 20_000; i++) {
                byte[] b = v.bytes().clone();
                int flips = 1 + r.nextInt(4);
                for (int f = 0; f < flips; f++) {
                    b[r.nextInt(b.length)] = (byte) r.nextInt(256);
                }
                int len = r.nextInt(10) == 0 ? r.nextInt(b.length + 1) : b.length;
                try {
                    GossipCodec.decode(java.nio.ByteBuffer.wrap(b, 0, len));
                } catch (DecodeException e) {
                    assertNotEquals(DecodeError.DECODER_FAULT, e.reason(), e.getMessage());
                    refused++;
                }
            }
        }
        assertTrue(refused > 10_000, "mutations were mostly refused: " + refused);
    }
}
