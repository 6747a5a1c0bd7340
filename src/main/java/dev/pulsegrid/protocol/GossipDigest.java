package dev.pulsegrid.protocol;

import java.util.List;
import java.util.Objects;

/**
 * A gossip datagram: the sender's own heartbeat (its id, incarnation, counter as the sequence, and
 * metadata) followed by entries of its table. A plain heartbeat decodes to a digest without
 * entries and with {@code gossip == false}, so one receive path serves both.
 *
 * @param sender  the sender's own heartbeat (HEARTBEAT, or LEAVE when it leaves gracefully)
 * @param entries second-hand rows, at most one per node id, never the sender itself
 * @param gossip  whether the datagram carried the gossip section (flag bit 0)
 */
public record GossipDigest(Heartbeat sender, List<GossipEntry> entries, boolean gossip) {

    public GossipDigest {
        Objects.requireNonNull(sender, "sender");
        entries = List.copyOf(entries);
    }

    public static GossipDigest of(Heartbeat sender, List<GossipEntry> entries) {
        return new GossipDigest(sender, entries, true);
    }
}
