package dev.pulsegrid.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * The decoder's contract under arbitrary input: a Heartbeat or a DecodeException with a real
 * reason, nothing else. Counts are modest here so the suite stays fast; the million-datagram
 * figure comes from {@code dev.pulsegrid.bench.DecodeFuzzRun}, which uses the same mutations.
 */
class HeartbeatCodecProperties {

    /** Decodes and fails on anything but success or an ordinary refusal. */
    private static void decodeSafely(byte[] datagram) {
        try {
            HeartbeatDecoder.decode(datagram);
        } catch (DecodeException e) {
            assertNotEquals(DecodeError.DECODER_FAULT, e.reason(), e::getMessage);
        }
    }

    @Property(tries = 1000)
    void randomBytesNeverEscapeAsAnythingButDecodeException(@ForAll @Size(max = 300) byte[] datagram) {
        decodeSafely(datagram);
    }

    @Property(tries = 500)
    void randomBytesAfterAValidHeaderNeverEscape(@ForAll @Size(max = 300) byte[] tail, @ForAll boolean leave) {
        byte[] datagram = new byte[5 + tail.length];
        datagram[0] = 'P';
        datagram[1] = 'G';
        datagram[2] = 1;
        datagram[3] = (byte) (leave ? 2 : 1);
        System.arraycopy(tail, 0, datagram, 5, tail.length);
        decodeSafely(datagram);
    }

    @Property(tries = 500)
    void randomJsonishTextNeverEscapes(@ForAll("jsonish") String text) {
        decodeSafely(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Each try: 10 mutants of each form of one valid heartbeat (generating heartbeats is the slow part). */
    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void mutatedValidDatagramsNeverEscape(@ForAll("heartbeats") Heartbeat hb, @ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (byte[] valid : List.of(BinaryHeartbeatEncoder.encode(hb), JsonHeartbeatEncoder.encode(hb))) {
            for (int mutant = 0; mutant < 10; mutant++) {
                byte[] datagram = valid;
                for (int m = 1 + random.nextInt(4); m > 0; m--) {
                    datagram = mutate(datagram, random.nextInt(5), random.nextInt(2000), random.nextInt(256));
                }
                decodeSafely(datagram);
            }
        }
    }

    @Property(tries = 300)
    void binaryRoundTripKeepsEveryField(@ForAll("heartbeats") Heartbeat hb) throws DecodeException {
        assertEquals(hb, HeartbeatDecoder.decode(BinaryHeartbeatEncoder.encode(hb)));
    }

    @Property(tries = 300)
    void jsonRoundTripKeepsEveryField(@ForAll("heartbeats") Heartbeat hb) throws DecodeException {
        assertEquals(hb, HeartbeatDecoder.decode(JsonHeartbeatEncoder.encode(hb)));
    }

    @Provide
    Arbitrary<Heartbeat> heartbeats() {
        return HeartbeatArbitraries.heartbeats();
    }

    @Provide
    Arbitrary<String> jsonish() {
        Arbitrary<String> token = Arbitraries.of("{", "}", "[", "]", ":", ",", "\"id\"", "\"x\"", "\"meta\"",
                "\"inc\"", "\"seq\"", "\"type\"", "\"leave\"", "\"interval\"", "1", "-1", "1.5e400",
                "99999999999999999999", "null", "true", "\"\\u0000\"", "\"\\ud800\"", " ", "\n", "\"",
                "\\", "é", "\u0001");
        return token.list().ofMaxSize(40).map(ts -> "{" + String.join("", ts));
    }

    private static byte[] mutate(byte[] b, int kind, int pos, int val) {
        if (b.length == 0) {
            return new byte[] {(byte) val};
        }
        int at = pos % b.length;
        switch (kind) {
            case 0 -> { // overwrite one byte
                byte[] c = b.clone();
                c[at] = (byte) val;
                return c;
            }
            case 1 -> { // truncate
                return Arrays.copyOf(b, at);
            }
            case 2 -> { // insert a byte
                byte[] c = new byte[b.length + 1];
                System.arraycopy(b, 0, c, 0, at);
                c[at] = (byte) val;
                System.arraycopy(b, at, c, at + 1, b.length - at);
                return c;
            }
            case 3 -> { // delete a byte
                byte[] c = new byte[b.length - 1];
                System.arraycopy(b, 0, c, 0, at);
                System.arraycopy(b, at + 1, c, at, b.length - at - 1);
                return c;
            }
            default -> { // flip one bit
                byte[] c = b.clone();
                c[at] ^= (byte) (1 << (val & 7));
                return c;
            }
        }
    }
}
