package dev.pulsegrid.ui.peer;

import dev.pulsegrid.cluster.gossip.GossipMemberView;
import dev.pulsegrid.net.BindFailedException;
import dev.pulsegrid.net.Monitor;
import dev.pulsegrid.net.gossip.GossipPeer;
import dev.pulsegrid.net.gossip.PeerConfig;
import java.time.Duration;

/**
 * The workstation's membership of a gossip mesh, started and ended from the ☰ menu on the running
 * monitor. The peer itself is the one the CLI uses ({@link GossipPeer}); this only remembers it.
 * join and leave block (bind, goodbye): call them off the FX thread.
 */
public final class ClusterSession {
    private volatile GossipPeer peer;

    /** Adopts a peer started elsewhere ({@code gui --join}): the menu then offers Leave and the timers. */
    public synchronized void adopt(GossipPeer started) {
        if (peer == null) {
            peer = started;
        }
    }

    public boolean joined() {
        return peer != null;
    }

    public GossipPeer peer() {
        return peer;
    }

    /** @throws BindFailedException the port cannot be bound (message says what to do) */
    public synchronized GossipPeer join(Monitor monitor, PeerConfig config) throws BindFailedException {
        if (peer != null) {
            throw new IllegalStateException("already a member as " + peer.config().nodeId() + ": leave first");
        }
        peer = GossipPeer.join(monitor, config);
        return peer;
    }

    /** Graceful, as the CLI does on exit: a goodbye to a few peers, then the port is released. */
    public synchronized void leave() {
        GossipPeer p = peer;
        peer = null;
        if (p != null) {
            p.leave();
        }
    }

    /** @throws IllegalArgumentException naming the broken rule */
    public void setTimers(Duration tFail, Duration tCleanup) {
        GossipPeer p = peer;
        if (p != null) {
            p.setTimeouts(tFail, tCleanup);
        }
    }

    /**
     * How this peer knows a node, for the details panel: null when not joined or the node is not in
     * the gossip table (a plain heartbeat to the monitor port).
     */
    public String howKnown(String nodeId) {
        GossipPeer p = peer;
        if (p == null) {
            return null;
        }
        if (nodeId.equals(p.config().nodeId())) {
            return "this workstation";
        }
        GossipMemberView v = p.member(nodeId);
        if (v == null) {
            return null;
        }
        return v.direct() ? "heard directly (its own gossip)" : "learned second-hand from " + v.heardVia();
    }
}
