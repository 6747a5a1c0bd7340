package dev.pulsegrid.protocol.collectd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pulsegrid.protocol.collectd.CollectdDecodeException.Reason;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CollectdDecoderTest {
    private static final Instant CAPTURE_START = Instant.parse("2026-11-25T22:38:20Z");
    private static final Instant CAPTURE_END = Instant.parse("2026-11-25T22:38:50Z");

    private static List<CollectdHostRecord> decode(SecurityLevel level, CollectdAuthFile auth, byte[] packet)
            throws CollectdDecodeException {
        return new CollectdDecoder(level, auth).decode(ByteBuffer.wrap(packet));
    }

    private static Reason reason(SecurityLevel level, CollectdAuthFile auth, byte[] packet) {
        return assertThrows(CollectdDecodeException.class, () -> decode(level, auth, packet)).reason();
    }

    @ParameterizedTest
    @CsvSource({
        "none,    NONE,    NONE,    false",
        "sign,    SIGN,    SIGN,    true",
        "sign,    NONE,    SIGN,    true",
        "encrypt, ENCRYPT, ENCRYPT, true",
        "encrypt, SIGN,    ENCRYPT, true",
        "encrypt, NONE,    ENCRYPT, true",
    })
    void realPacketsYieldTheHostWithItsIntervalAndPlugins(String file, SecurityLevel level,
            SecurityLevel protection, boolean withAuth) throws Exception {
        CollectdAuthFile auth = withAuth ? Captures.rightAuth() : CollectdAuthFile.empty();
        for (byte[] packet : Captures.all(file)) {
            List<CollectdHostRecord> records = decode(level, auth, packet);
            assertEquals(1, records.size());
            CollectdHostRecord r = records.get(0);
            assertEquals(Captures.HOST, r.host());
            assertEquals(2000, r.intervalMillis(), "Interval 2 in the capture's config");
            assertTrue(Set.of("load", "memory", "uptime").containsAll(r.plugins()), r.plugins().toString());
            assertTrue(!r.plugins().isEmpty() && !r.types().isEmpty());
            assertTrue(r.valueLists() > 0);
            Instant t = Instant.ofEpochMilli(r.timeMillis());
            assertTrue(t.isAfter(CAPTURE_START) && t.isBefore(CAPTURE_END), t.toString());
            assertEquals(protection, r.security());
            assertEquals(protection == SecurityLevel.NONE ? null : Captures.USER, r.user());
        }
    }

    @Test
    void fullPacketsCarryAllThreePlugins() throws Exception {
        CollectdHostRecord r = decode(SecurityLevel.NONE, CollectdAuthFile.empty(), Captures.load("none-000.bin")).get(0);
        assertEquals(Set.of("load", "memory", "uptime"), r.plugins());
        assertTrue(r.types().containsAll(Set.of("load", "memory", "uptime")), r.types().toString());
    }

    @Test
    void signedPacketsWithoutAnAuthFileAreAcceptedUnverifiedAtLevelNoneAsCollectdDoes() throws Exception {
        CollectdHostRecord r = decode(SecurityLevel.NONE, CollectdAuthFile.empty(), Captures.load("sign-000.bin")).get(0);
        assertEquals(SecurityLevel.NONE, r.security());
        assertNull(r.user());
    }

    @ParameterizedTest
    @CsvSource({
        "sign,    SIGN,    wrong-password, BAD_SIGNATURE",
        "sign,    NONE,    wrong-password, BAD_SIGNATURE",
        "encrypt, ENCRYPT, wrong-password, BAD_ENCRYPTION",
        "encrypt, NONE,    wrong-password, BAD_ENCRYPTION",
        "sign,    SIGN,    ,               UNKNOWN_USER",
        "encrypt, ENCRYPT, ,               UNKNOWN_USER",
        "none,    SIGN,    capture-secret, UNSIGNED",
        "none,    ENCRYPT, capture-secret, UNENCRYPTED",
        "sign,    ENCRYPT, capture-secret, UNENCRYPTED",
    })
    void packetsFailingTheSecurityLevelAreDroppedWithTheirReason(String file, SecurityLevel level,
            String password, Reason expected) {
        CollectdAuthFile auth = password == null
                ? CollectdAuthFile.parse(List.of("someone-else: " + Captures.PASSWORD), "test")
                : CollectdAuthFile.parse(List.of(Captures.USER + ": " + password), "test");
        for (byte[] packet : Captures.all(file)) {
            assertEquals(expected, reason(level, auth, packet));
        }
    }

    @Test
    void encryptedPacketWithNoAuthFileIsDroppedAsUnknownUser() {
        assertEquals(Reason.UNKNOWN_USER, reason(SecurityLevel.NONE, CollectdAuthFile.empty(), Captures.load("encrypt-000.bin")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sign", "encrypt"})
    void oneAlteredByteAnywhereAfterTheHeaderFailsVerification(String level) {
        byte[] original = Captures.load(level + "-001.bin");
        SecurityLevel demand = SecurityLevel.parse(level);
        for (int i = 60; i < original.length; i += 7) {
            byte[] p = original.clone();
            p[i] ^= 0x20;
            Reason r = reason(demand, Captures.rightAuth(), p);
            assertEquals(level.equals("sign") ? Reason.BAD_SIGNATURE : Reason.BAD_ENCRYPTION, r, "byte " + i);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "sign", "encrypt"})
    void everyTruncationIsADecodeErrorOrAValidShorterPacket(String level) {
        byte[] original = Captures.load(level + "-000.bin");
        for (int n = 0; n < original.length; n++) {
            byte[] p = java.util.Arrays.copyOf(original, n);
            try {
                List<CollectdHostRecord> r = decode(SecurityLevel.NONE, Captures.rightAuth(), p);
                assertEquals("none", level, "a cut signed/encrypted packet must not verify (length " + n + ")");
                assertEquals(Captures.HOST, r.get(0).host());
            } catch (CollectdDecodeException e) {
                assertTrue(e.getMessage() != null && !e.getMessage().isEmpty());
            }
        }
    }

    @Test
    void emptyDatagramCountsAsNoValues() {
        assertEquals(Reason.NO_VALUES, reason(SecurityLevel.NONE, CollectdAuthFile.empty(), new byte[0]));
    }

    @Test
    void signOrEncryptWithoutUsersIsRefusedWithTheFlagToFixIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CollectdDecoder(SecurityLevel.SIGN, CollectdAuthFile.empty()));
        assertTrue(e.getMessage().contains("--collectd-auth"), e.getMessage());
    }
}
