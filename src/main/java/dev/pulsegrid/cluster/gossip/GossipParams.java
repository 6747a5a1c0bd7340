package dev.pulsegrid.cluster.gossip;

import dev.pulsegrid.protocol.WireLimits;
import java.util.Map;
import java.util.Objects;

/**
 * Who a gossip peer is and how it gossips.
 *
 * @param nodeId         this peer's id, as it appears in everyone's table
 * @param incarnation    starting incarnation (the start time in ms, so a restart is newer)
 * @param meta           metadata sent in every datagram's header
 * @param fanout         peers each round's digest goes to
 * @param intervalMillis time between rounds (sent as the interval hint)
 * @param timeouts       T_fail and T_cleanup
 * @param maxDatagramBytes upper bound of one digest datagram (1400 in production)
 */
public record GossipParams(String nodeId, long incarnation, Map<String, String> meta, int fanout,
                           int intervalMillis, GossipTimeouts timeouts, int maxDatagramBytes) {

    public GossipParams {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(timeouts, "timeouts");
        meta = meta == null ? Map.of() : Map.copyOf(meta);
        if (fanout < 1) {
            throw new IllegalArgumentException("fanout must be at least 1, was " + fanout);
        }
        if (intervalMillis < 1) {
            throw new IllegalArgumentException("gossip interval must be positive");
        }
        if (incarnation < 0) {
            throw new IllegalArgumentException("incarnation must not be negative");
        }
        if (maxDatagramBytes < 100 || maxDatagramBytes > WireLimits.MAX_SEND_BYTES) {
            throw new IllegalArgumentException("digest size must be 100.." + WireLimits.MAX_SEND_BYTES + " bytes");
        }
    }
}
