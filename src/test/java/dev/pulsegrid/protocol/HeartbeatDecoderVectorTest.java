package dev.pulsegrid.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The codec against the published vectors (src/test/resources/vectors, quoted in docs/PROTOCOL.md). */
class HeartbeatDecoderVectorTest {

    static List<Vector> valid() {
        return Vector.load("valid.txt");
    }

    static List<Vector> validBinary() {
        return valid().stream().filter(v -> v.name().startsWith("bin-")).toList();
    }

    static List<Vector> invalid() {
        return Vector.load("invalid.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void validVectorDecodesToExpectedHeartbeat(Vector v) throws DecodeException {
        assertEquals(v.expected(), Vector.describe(HeartbeatDecoder.decode(v.bytes())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void validVectorDecodesTheSameFromADirectBufferWithOffset(Vector v) throws DecodeException {
        ByteBuffer direct = ByteBuffer.allocateDirect(v.bytes().length + 7);
        direct.position(3);
        direct.put(v.bytes());
        direct.flip().position(3);
        assertEquals(v.expected(), Vector.describe(HeartbeatDecoder.decode(direct)));
        assertEquals(3, direct.position(), "decode must not move the caller's buffer");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validBinary")
    void binaryVectorIsExactlyWhatTheEncoderWrites(Vector v) throws DecodeException {
        Heartbeat hb = HeartbeatDecoder.decode(v.bytes());
        assertArrayEquals(v.bytes(), BinaryHeartbeatEncoder.encode(hb));
    }

    @Test
    void jsonEncoderWritesTheFullJsonVectorByteForByte() throws DecodeException {
        Vector full = valid().stream().filter(v -> v.name().equals("json-full")).findFirst().orElseThrow();
        assertArrayEquals(full.bytes(), JsonHeartbeatEncoder.encode(HeartbeatDecoder.decode(full.bytes())));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("invalid")
    void invalidVectorIsRefusedWithItsReason(Vector v) {
        DecodeException e = assertThrows(DecodeException.class, () -> HeartbeatDecoder.decode(v.bytes()));
        assertEquals(DecodeError.valueOf(v.expected()), e.reason(), () -> v.name() + ": " + e.getMessage());
    }

    @Test
    void invalidVectorsCoverEveryReasonThatSmallInputCanHave() {
        Set<DecodeError> covered = EnumSet.noneOf(DecodeError.class);
        invalid().forEach(v -> covered.add(DecodeError.valueOf(v.expected())));
        Set<DecodeError> expected = EnumSet.allOf(DecodeError.class);
        expected.remove(DecodeError.TOO_LARGE); // needs > 8192 bytes: tested in HeartbeatDecoderTest
        expected.remove(DecodeError.DECODER_FAULT); // must never happen
        // Need a keyring or receiver policy: auth.txt / auth-require.txt (AuthVectorTest) and the net tests.
        expected.removeAll(EnumSet.of(DecodeError.UNKNOWN_KEY, DecodeError.BAD_SIGNATURE, DecodeError.UNSIGNED,
                DecodeError.NOT_ALLOWED, DecodeError.CLOCK_SKEW));
        expected.remove(DecodeError.BAD_GOSSIP_ENTRY); // gossip sections: gossip-invalid.txt (GossipCodecTest)
        assertEquals(expected, covered);
    }

    @Test
    void protocolDocumentQuotesEveryValidVector() throws java.io.IOException {
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of("docs", "PROTOCOL.md"));
        for (Vector v : valid()) {
            String hex = java.util.HexFormat.ofDelimiter(" ").formatHex(v.bytes());
            assertTrue(doc.contains(hex), () -> v.name() + " is not quoted in docs/PROTOCOL.md");
        }
    }

    @Test
    void rejectionIsStacklessSoFloodsOfGarbageStayCheap() {
        DecodeException e = assertThrows(DecodeException.class, () -> HeartbeatDecoder.decode(new byte[] {1, 2, 3}));
        assertEquals(0, e.getStackTrace().length);
        assertTrue(e.getMessage().startsWith("BAD_MAGIC"));
    }
}
