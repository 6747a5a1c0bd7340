package dev.pulsegrid.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pulsegrid.protocol.DecodeError;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Hostile input through verify + decode + membership: nothing escapes, the books always balance. */
class SignedFuzzProperties {

    @Property(tries = 40)
    void randomAndMutatedSignedDatagramsNeverEscapeAndInvariantsHold(@ForAll long seed) {
        SignedFuzz f = new SignedFuzz(seed, 300);
        for (int batch = 0; batch < 10; batch++) {
            f.run(200);
            assertNull(f.checkInvariants());
        }
        assertEquals(0, f.escaped(), () -> "escaped: " + f.firstEscape());
        assertEquals(0L, f.rejects().getOrDefault(DecodeError.DECODER_FAULT, 0L));
    }

    @Example
    void theMixReachesEveryAuthOutcome() {
        SignedFuzz f = new SignedFuzz(7, 300);
        f.run(5_000);
        assertTrue(f.accepted() > 1000, "accepted " + f.accepted());
        for (DecodeError e : new DecodeError[] {DecodeError.BAD_SIGNATURE, DecodeError.UNKNOWN_KEY, DecodeError.UNSIGNED}) {
            assertTrue(f.rejects().getOrDefault(e, 0L) > 0, e + " never happened: " + f.rejects());
        }
        assertTrue(f.membership().staleDropped() > 0, "replays never reached membership");
        assertTrue(f.membership().refusedOverCap() > 0, "the node cap was never hit");
    }
}
