package dev.pulsegrid.protocol.ganglia;

import java.nio.ByteBuffer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Hostile input: a message, or the decoder's own error, never anything else. */
class GangliaDecoderFuzzTest {
    private static void decodeOrDrop(byte[] p) {
        try {
            new GangliaHeartbeats().onMessage(GangliaDecoder.decode(ByteBuffer.wrap(p)), "127.0.0.1");
        } catch (GangliaDecodeException expected) {
            // counted and dropped by the caller
        }
    }

    @Property(tries = 2000)
    void randomBytes(@ForAll @Size(max = 1500) byte[] p) {
        decodeOrDrop(p);
    }

    @Property(tries = 3000)
    void mutatedRealPackets(@ForAll("captures") byte[] original, @ForAll @IntRange(min = 0, max = 300) int at,
            @ForAll byte value) {
        byte[] p = original.clone();
        p[at % p.length] = value;
        decodeOrDrop(p);
    }

    @Provide
    Arbitrary<byte[]> captures() {
        return Arbitraries.of(GangliaCaptures.spoofed());
    }
}
