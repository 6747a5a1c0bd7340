package dev.pulsegrid.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Limits at their edges, and the facade's choice of form; the vectors cover each reason once. */
class HeartbeatDecoderTest {

    private static Heartbeat hb(String id, Map<String, String> meta) {
        return new Heartbeat(MessageType.HEARTBEAT, id, 1, 2, 3, 4, meta);
    }

    private static DecodeError reasonOf(byte[] datagram) {
        return assertThrows(DecodeException.class, () -> HeartbeatDecoder.decode(datagram)).reason();
    }

    @Test
    void nodeIdOf255BytesIsTheLargestAccepted() throws DecodeException {
        String id = "n".repeat(255);
        assertEquals(id, HeartbeatDecoder.decode(BinaryHeartbeatEncoder.encode(hb(id, Map.of()))).nodeId());
        assertEquals(DecodeError.BAD_NODE_ID, reasonOf(("{\"id\":\"" + "n".repeat(256) + "\"}").getBytes(StandardCharsets.UTF_8)));
        InvalidHeartbeatException e = assertThrows(InvalidHeartbeatException.class,
                () -> BinaryHeartbeatEncoder.encode(hb("n".repeat(256), Map.of())));
        assertEquals(DecodeError.BAD_NODE_ID, e.reason());
    }

    @Test
    void multiByteCharactersCountAsBytesNotChars() {
        String id = "é".repeat(128); // 256 UTF-8 bytes in 128 chars
        assertEquals(DecodeError.BAD_NODE_ID, assertThrows(InvalidHeartbeatException.class,
                () -> JsonHeartbeatEncoder.encode(hb(id, Map.of()))).reason());
    }

    @Test
    void thirtyTwoMetadataEntriesAreAcceptedAndThirtyThreeAreNot() throws DecodeException {
        Map<String, String> meta = new HashMap<>();
        for (int i = 0; i < 32; i++) {
            meta.put("k" + i, "v");
        }
        assertEquals(meta, HeartbeatDecoder.decode(BinaryHeartbeatEncoder.encode(hb("a", meta))).meta());
        assertEquals(meta, HeartbeatDecoder.decode(JsonHeartbeatEncoder.encode(hb("a", meta))).meta());
        meta.put("k32", "v");
        assertEquals(DecodeError.BAD_METADATA, assertThrows(InvalidHeartbeatException.class,
                () -> BinaryHeartbeatEncoder.encode(hb("a", meta))).reason());
    }

    @Test
    void keyOf64BytesAndValueOf255BytesAreTheLargestAccepted() throws DecodeException {
        Map<String, String> meta = Map.of("k".repeat(64), "v".repeat(255));
        assertEquals(meta, HeartbeatDecoder.decode(BinaryHeartbeatEncoder.encode(hb("a", meta))).meta());
        assertEquals(DecodeError.BAD_METADATA, assertThrows(InvalidHeartbeatException.class,
                () -> BinaryHeartbeatEncoder.encode(hb("a", Map.of("k", "v".repeat(256))))).reason());
        assertEquals(DecodeError.BAD_METADATA, reasonOf(
                ("{\"id\":\"a\",\"meta\":{\"" + "k".repeat(65) + "\":\"v\"}}").getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void encodersRefuseMoreThanTheSendLimitThoughEachFieldIsValid() {
        Map<String, String> meta = new HashMap<>();
        for (int i = 0; i < 6; i++) {
            meta.put("key" + i, "v".repeat(255));
        }
        assertEquals(DecodeError.TOO_LARGE, assertThrows(InvalidHeartbeatException.class,
                () -> BinaryHeartbeatEncoder.encode(hb("a", meta))).reason());
        assertEquals(DecodeError.TOO_LARGE, assertThrows(InvalidHeartbeatException.class,
                () -> JsonHeartbeatEncoder.encode(hb("a", meta))).reason());
    }

    @Test
    void decoderStillAcceptsDatagramsBetweenTheSendLimitAndTheReceiveLimit() throws DecodeException {
        String padding = "x".repeat(5000);
        byte[] json = ("{\"id\":\"a\",\"note\":\"" + padding + "\"}").getBytes(StandardCharsets.UTF_8);
        assertEquals("a", HeartbeatDecoder.decode(json).nodeId());
    }

    @Test
    void anythingOver8192BytesIsRefusedUnread() {
        byte[] big = new byte[8193];
        Arrays.fill(big, (byte) ' ');
        big[0] = '{';
        assertEquals(DecodeError.TOO_LARGE, reasonOf(big));
        big[0] = 'P';
        big[1] = 'G';
        assertEquals(DecodeError.TOO_LARGE, reasonOf(big));
        assertEquals(DecodeError.TOO_LARGE, assertThrows(DecodeException.class,
                () -> BinaryHeartbeatDecoder.decode(ByteBuffer.wrap(big))).reason());
    }

    @Test
    void blankOnlyDatagramIsNotJson() {
        assertEquals(DecodeError.BAD_MAGIC, reasonOf(" \n".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void encoderRefusesNegativeCountersAndControlCharacters() {
        assertEquals(DecodeError.OUT_OF_RANGE, assertThrows(InvalidHeartbeatException.class,
                () -> BinaryHeartbeatEncoder.encode(new Heartbeat(MessageType.HEARTBEAT, "a", -1, 0, 0, 0, Map.of()))).reason());
        assertEquals(DecodeError.BAD_NODE_ID, assertThrows(InvalidHeartbeatException.class,
                () -> BinaryHeartbeatEncoder.encode(hb("a\tb", Map.of()))).reason());
        assertEquals(DecodeError.BAD_NODE_ID, assertThrows(InvalidHeartbeatException.class,
                () -> JsonHeartbeatEncoder.encode(hb("a\uD800", Map.of()))).reason());
        assertEquals(DecodeError.BAD_METADATA, assertThrows(InvalidHeartbeatException.class,
                () -> JsonHeartbeatEncoder.encode(hb("a", Map.of("k", "line\nbreak")))).reason());
    }

    @Test
    void encoderWritesBigEndianWhateverTheBufferOrderAndAdvancesPosition() throws DecodeException {
        Heartbeat hb = hb("web-1", Map.of("zone", "a"));
        ByteBuffer little = ByteBuffer.allocate(100).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        little.position(5);
        int n = BinaryHeartbeatEncoder.encode(hb, little);
        assertEquals(5 + n, little.position());
        little.flip().position(5);
        assertEquals(hb, HeartbeatDecoder.decode(little));
    }

    @Test
    void encoderIntoTooSmallBufferWritesNothing() {
        ByteBuffer small = ByteBuffer.allocate(10);
        assertThrows(IllegalArgumentException.class, () -> BinaryHeartbeatEncoder.encode(Heartbeat.of("a"), small));
        assertEquals(0, small.position());
    }
}
