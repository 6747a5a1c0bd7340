package dev.pulsegrid.protocol;

import java.util.Arrays;
import java.util.Map;

/**
 * What makes a {@link Heartbeat} sendable: exactly what the decoders accept. Both encoders call
 * {@link #check} first so that a sender can never emit a datagram a v1 receiver would refuse.
 */
public final class HeartbeatRules {
    private HeartbeatRules() {
    }

    /** @throws InvalidHeartbeatException naming the reason a decoder would give */
    public static void check(Heartbeat hb) {
        if (WireText.checkNodeId(hb.nodeId()) != null) {
            throw new InvalidHeartbeatException(DecodeError.BAD_NODE_ID,
                    "node id must be 1.." + WireLimits.MAX_NODE_ID_BYTES + " UTF-8 bytes without control characters");
        }
        if (hb.incarnation() < 0 || hb.sequence() < 0 || hb.intervalHintMillis() < 0) {
            throw new InvalidHeartbeatException(DecodeError.OUT_OF_RANGE,
                    "incarnation, sequence and interval must not be negative");
        }
        if (WireText.checkMeta(hb.meta()) != null) {
            throw new InvalidHeartbeatException(DecodeError.BAD_METADATA, "at most " + WireLimits.MAX_META_ENTRIES
                    + " entries, keys 1.." + WireLimits.MAX_META_KEY_BYTES + " bytes, values 0.."
                    + WireLimits.MAX_META_VALUE_BYTES + " bytes, no control characters");
        }
    }

    /** @return {@code true} if {@link #check} would pass */
    public static boolean isValid(Heartbeat hb) {
        return WireText.checkNodeId(hb.nodeId()) == null
                && hb.incarnation() >= 0 && hb.sequence() >= 0 && hb.intervalHintMillis() >= 0
                && WireText.checkMeta(hb.meta()) == null;
    }

    /** Metadata keys sorted, so that equal heartbeats always encode to equal bytes. */
    static String[] sortedKeys(Map<String, String> meta) {
        String[] keys = meta.keySet().toArray(new String[0]);
        Arrays.sort(keys);
        return keys;
    }
}
