package dev.pulsegrid.cli;

import dev.pulsegrid.detect.Durations;
import dev.pulsegrid.detect.FixedTimeoutDetector;
import dev.pulsegrid.net.BindFailedException;
import dev.pulsegrid.net.HostPort;
import dev.pulsegrid.net.IngestSecurity;
import dev.pulsegrid.net.Monitor;
import dev.pulsegrid.net.MonitorConfig;
import dev.pulsegrid.net.gossip.GossipPeer;
import dev.pulsegrid.net.gossip.PeerConfig;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import dev.pulsegrid.protocol.Keyring;

/** The CLI's glue to peer mode: start a peer on a monitor (watch's, or a private one for an agent) and say so. */
final class GossipMembership implements AutoCloseable {
    private final GossipPeer peer;
    private final Monitor ownMonitor;

    private GossipMembership(GossipPeer peer, Monitor ownMonitor) {
        this.peer = peer;
        this.ownMonitor = ownMonitor;
    }

    /** Joins on {@code monitor} (watch: its membership is the one printed). */
    static GossipMembership join(Monitor monitor, PeerConfig config, PrintWriter err) throws BindFailedException {
        return announce(new GossipMembership(GossipPeer.join(monitor, config), null), err);
    }

    /**
     * Joins on a private, socket-less monitor judged by T_fail (agent: it judges only to gossip well).
     *
     * @param keyring the agent's --keyring (signs its gossip, checks signed gossip it hears), or null
     */
    static GossipMembership joinAlone(PeerConfig config, Supplier<Keyring> keyring, PrintWriter err) throws BindFailedException {
        MonitorConfig mc = MonitorConfig.listeningOn(null)
                .withDetector(new FixedTimeoutDetector(config.tFail().dividedBy(2), config.tFail()));
        if (keyring != null) {
            mc = mc.withSecurity(new IngestSecurity(keyring, false, List.of(), 0));
        }
        Monitor m = Monitor.start(mc);
        try {
            return announce(new GossipMembership(GossipPeer.join(m, config), m), err);
        } catch (BindFailedException | RuntimeException e) {
            m.close();
            throw e;
        }
    }

    private static GossipMembership announce(GossipMembership g, PrintWriter err) {
        PeerConfig c = g.peer.config();
        List<String> seeds = new ArrayList<>();
        c.seeds().forEach(s -> seeds.add(HostPort.format(s)));
        err.println("gossip: " + c.nodeId() + " on UDP " + HostPort.format(g.peer.localAddress()) + ", seeds "
                + (seeds.isEmpty() ? "none (first member)" : String.join(", ", seeds)) + ", fanout " + c.fanout()
                + " every " + Durations.format(c.interval()) + ", T_fail " + Durations.format(c.tFail())
                + ", T_cleanup " + Durations.format(c.tCleanup()));
        err.flush();
        return g;
    }

    GossipPeer peer() {
        return peer;
    }

    /** Graceful: a goodbye to the mesh, then the port (and a private monitor) are released. */
    void leave() {
        peer.leave();
        close();
    }

    @Override
    public void close() {
        peer.close();
        if (ownMonitor != null) {
            ownMonitor.close();
        }
    }
}
