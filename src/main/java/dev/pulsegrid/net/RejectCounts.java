package dev.pulsegrid.net;

import dev.pulsegrid.protocol.DecodeError;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Refused datagrams counted by reason; written by one event loop, readable from any thread. */
public final class RejectCounts {
    private final EnumMap<DecodeError, LongAdder> counts = new EnumMap<>(DecodeError.class);

    public RejectCounts() {
        for (DecodeError e : DecodeError.values()) {
            counts.put(e, new LongAdder());
        }
    }

    public void count(DecodeError reason) {
        counts.get(reason).increment();
    }

    public long get(DecodeError reason) {
        return counts.get(reason).sum();
    }

    public long total() {
        long t = 0;
        for (LongAdder a : counts.values()) {
            t += a.sum();
        }
        return t;
    }

    /** Non-zero counts by reason, in reason order. */
    public Map<DecodeError, Long> nonZero() {
        Map<DecodeError, Long> out = new EnumMap<>(DecodeError.class);
        counts.forEach((k, v) -> {
            long s = v.sum();
            if (s > 0) {
                out.put(k, s);
            }
        });
        return out;
    }
}
