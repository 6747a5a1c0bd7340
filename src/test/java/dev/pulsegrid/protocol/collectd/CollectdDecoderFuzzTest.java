package dev.pulsegrid.protocol.collectd;

import java.nio.ByteBuffer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Hostile input: whatever arrives, the decoder answers with records or its own decode error. */
class CollectdDecoderFuzzTest {

    private static void decodeOrDrop(SecurityLevel level, byte[] packet) {
        try {
            new CollectdDecoder(level, Captures.rightAuth()).decode(ByteBuffer.wrap(packet));
        } catch (CollectdDecodeException expected) {
            // counted and dropped by the caller
        }
    }

    @Property(tries = 2000)
    void randomBytesNeverThrowAnythingElse(@ForAll @Size(max = 1500) byte[] packet,
            @ForAll SecurityLevel level) {
        decodeOrDrop(level, packet);
    }

    @Property(tries = 3000)
    void mutatedRealPacketsNeverThrowAnythingElse(@ForAll("captures") byte[] original,
            @ForAll @IntRange(min = 0, max = 1400) int at, @ForAll byte value, @ForAll SecurityLevel level) {
        byte[] p = original.clone();
        p[at % p.length] = value;
        decodeOrDrop(level, p);
    }

    @Provide
    Arbitrary<byte[]> captures() {
        return Arbitraries.of(Captures.load("none-000.bin"), Captures.load("sign-001.bin"),
                Captures.load("encrypt-002.bin"));
    }
}
