package dev.pulsegrid.protocol;

import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Generators of valid heartbeats for property tests: any text the protocol allows, any counter. */
final class HeartbeatArbitraries {
    private HeartbeatArbitraries() {
    }

    /** Text without control characters or lone surrogates, sometimes with a 4-byte character. */
    static Arbitrary<String> text(int minChars, int maxChars) {
        Arbitrary<String> bmp = Arbitraries.strings()
                .withCharRange('\u0020', '\u007e')
                .withCharRange('\u00a0', '\ud7ff')
                .withCharRange('\ue000', '\ufffd')
                .ofMinLength(minChars).ofMaxLength(maxChars);
        return Arbitraries.frequencyOf(
                Tuple.of(8, bmp),
                Tuple.of(1, bmp.map(s -> s.isEmpty() ? s : s.substring(1) + "\uD83D\uDE00")));
    }

    static Arbitrary<Heartbeat> heartbeats() {
        Arbitrary<Map<String, String>> meta = Arbitraries.maps(text(1, 16), text(0, 40)).ofMaxSize(6);
        return Combinators.combine(
                        Arbitraries.of(MessageType.class),
                        text(1, 60),
                        Arbitraries.longs().between(0, Long.MAX_VALUE),
                        Arbitraries.longs().between(0, Long.MAX_VALUE),
                        Arbitraries.longs(),
                        Arbitraries.integers().between(0, Integer.MAX_VALUE),
                        meta)
                .as(Heartbeat::new)
                .filter(HeartbeatArbitraries::fitsSendLimit);
    }

    private static boolean fitsSendLimit(Heartbeat hb) {
        try {
            BinaryHeartbeatEncoder.encodedSize(hb);
            return JsonHeartbeatEncoder.encode(hb).length <= WireLimits.MAX_SEND_BYTES;
        } catch (InvalidHeartbeatException e) {
            return false;
        }
    }
}
