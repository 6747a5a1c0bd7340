package dev.pulsegrid.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Authentication against vectors computed by Python's hmac module (vectors/auth_vectors.py), so the
 * Java signer and verifier are checked against the spec rather than against each other.
 */
class AuthVectorTest {
    static Keyring keyring() {
        try (InputStream in = AuthVectorTest.class.getResourceAsStream("/vectors/auth-keyring.txt")) {
            return Keyring.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException | KeyringFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Vector> acceptUnsigned() {
        return Vector.load("auth.txt");
    }

    static List<Vector> requireAuth() {
        return Vector.load("auth-require.txt");
    }

    private static String outcome(byte[] bytes, boolean require) {
        try {
            return Vector.describe(HeartbeatDecoder.decode(ByteBuffer.wrap(bytes), keyring(), require));
        } catch (DecodeException e) {
            return e.reason().name();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptUnsigned")
    void receiverThatAcceptsUnsigned(Vector v) {
        assertEquals(v.expected(), outcome(v.bytes(), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requireAuth")
    void receiverThatRequiresAuth(Vector v) {
        assertEquals(v.expected(), outcome(v.bytes(), true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptUnsigned")
    void signedVectorIsExactlyWhatTheSignerWrites(Vector v) throws DecodeException {
        if (!v.name().endsWith("-k1") || v.expected().length() < 20) {
            return; // only vectors signed with the primary key, and only accepted ones
        }
        Heartbeat hb = HeartbeatDecoder.decode(ByteBuffer.wrap(v.bytes()), keyring(), true);
        HeartbeatSigner signer = HeartbeatSigner.of(keyring());
        byte[] mine = v.bytes()[0] == '{' ? null : signer.encode(hb);
        if (mine != null) {
            assertArrayEquals(v.bytes(), mine);
        }
    }

    @Test
    void jsonSignerOutputVerifiesAndCarriesThePrimaryKeyId() throws DecodeException {
        Heartbeat hb = new Heartbeat(MessageType.HEARTBEAT, "web-9", 1, 2, 3, 1000, java.util.Map.of("zone", "eu"));
        byte[] signed = HeartbeatSigner.of(keyring()).encodeJson(hb);
        assertTrue(new String(signed, StandardCharsets.US_ASCII).contains(",\"sig\":\"k1:"));
        assertEquals(hb, HeartbeatDecoder.decode(ByteBuffer.wrap(signed), keyring(), true));
    }

    @Test
    void signingAnEncodedMessageGivesTheSameBytesAsSigningTheHeartbeat() {
        Heartbeat hb = new Heartbeat(MessageType.LEAVE, "db-017", 7, 1234, 1700000012345L, 500, java.util.Map.of());
        HeartbeatSigner signer = HeartbeatSigner.of(keyring());
        byte[] viaBytes = signer.sign(BinaryHeartbeatEncoder.encode(hb));
        assertArrayEquals(signer.encode(hb), viaBytes);
        assertEquals("bin-leave-signed-k1", acceptUnsigned().stream()
                .filter(v -> java.util.Arrays.equals(v.bytes(), viaBytes)).findFirst().orElseThrow().name());
        assertThrows(IllegalArgumentException.class, () -> signer.sign(viaBytes), "signed twice");
        assertThrows(IllegalArgumentException.class, () -> signer.sign("{\"id\":\"x\"}".getBytes()));
    }

    @Test
    void signedDatagramWithoutAKeyringIsUnknownKeyNotAccepted() {
        byte[] signed = HeartbeatSigner.of(keyring()).encode(Heartbeat.of("a"));
        DecodeException e = assertThrows(DecodeException.class, () -> HeartbeatDecoder.decode(signed));
        assertEquals(DecodeError.UNKNOWN_KEY, e.reason());
    }

    @Test
    void everyTruncationAndBitFlipOfASignedDatagramIsRefused() {
        byte[] signed = HeartbeatSigner.of(keyring()).encode(
                new Heartbeat(MessageType.HEARTBEAT, "node-1", 5, 6, 7, 8, java.util.Map.of("k", "v")));
        for (int len = 0; len < signed.length; len++) {
            byte[] cut = java.util.Arrays.copyOf(signed, len);
            assertThrows(DecodeException.class, () -> HeartbeatDecoder.decode(ByteBuffer.wrap(cut), keyring(), false),
                    "accepted a datagram cut to " + len);
        }
        for (int i = 0; i < signed.length * 8; i++) {
            byte[] flipped = signed.clone();
            flipped[i / 8] ^= (byte) (1 << (i % 8));
            assertThrows(DecodeException.class, () -> HeartbeatDecoder.decode(ByteBuffer.wrap(flipped), keyring(), false),
                    "accepted bit " + i + " flipped");
        }
    }

    @Test
    void protocolDocumentQuotesTheWorkedExamples() throws IOException {
        String doc = Files.readString(Path.of("docs", "PROTOCOL.md"));
        for (Vector v : acceptUnsigned()) {
            if (v.name().equals("bin-leave-signed-k1") || v.name().equals("json-signed-k1")) {
                String hex = HexFormat.ofDelimiter(" ").formatHex(v.bytes());
                assertTrue(doc.contains(hex), () -> v.name() + " is not quoted in docs/PROTOCOL.md");
            }
        }
    }
}
