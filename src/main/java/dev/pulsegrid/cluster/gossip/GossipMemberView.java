package dev.pulsegrid.cluster.gossip;

import dev.pulsegrid.protocol.GossipStatus;
import java.net.InetSocketAddress;

/**
 * An immutable copy of one table row, for the GUI's details panel and for diagnostics: how fresh the
 * member's counter is here and who told us.
 *
 * @param id                 member id
 * @param incarnation        newest incarnation known
 * @param counter            newest heartbeat counter known within it
 * @param status             what this peer gossips about it
 * @param address            its gossip address, if known
 * @param heardVia           null when the current counter came from the member itself, else the peer that relayed it
 * @param lastIncreasedNanos local Clock.nanos when the counter last grew
 */
public record GossipMemberView(String id, long incarnation, long counter, GossipStatus status,
                               InetSocketAddress address, String heardVia, long lastIncreasedNanos) {

    public boolean direct() {
        return heardVia == null;
    }
}
