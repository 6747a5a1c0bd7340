package dev.pulsegrid.protocol;

import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Objects;

/**
 * One row of a sender's heartbeat-counter table, as carried in a gossip datagram.
 *
 * @param nodeId      the member (1..255 UTF-8 bytes)
 * @param incarnation the member's incarnation; a higher one beats any counter of a lower one
 * @param counter     the member's heartbeat counter within that incarnation
 * @param status      the sender's belief about the member
 * @param address     where the member gossips from (so receivers can pick it as a target), or null
 * @param meta        the member's metadata when this datagram carries it (entry-metadata section), else null
 */
public record GossipEntry(String nodeId, long incarnation, long counter, GossipStatus status,
                          InetSocketAddress address, Map<String, String> meta) {

    public GossipEntry {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(status, "status");
        meta = meta == null ? null : Map.copyOf(meta);
    }

    /** An entry without metadata (the usual case). */
    public GossipEntry(String nodeId, long incarnation, long counter, GossipStatus status, InetSocketAddress address) {
        this(nodeId, incarnation, counter, status, address, null);
    }

    /** Raw address length written: 4 (IPv4), 16 (IPv6) or 0 (no address). */
    int addressBytes() {
        if (address == null || address.getAddress() == null) {
            return 0;
        }
        return address.getAddress().getAddress().length;
    }
}
