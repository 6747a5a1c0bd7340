package dev.pulsegrid.net.gossip;

import dev.pulsegrid.cluster.gossip.GossipParams;
import dev.pulsegrid.cluster.gossip.GossipTimeouts;
import dev.pulsegrid.protocol.WireLimits;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a workstation, agent or watch joins a gossip mesh (the GUI's "Join cluster" dialog fills one).
 *
 * @param nodeId      this peer's id in everyone's table
 * @param bind        UDP address to gossip on (port 0 picks a free one)
 * @param seeds       peers to contact first; may be empty for the first member of a mesh
 * @param fanout      peers each round goes to
 * @param interval    time between rounds
 * @param tFail       counter silence after which a member is failed (and not gossiped as alive)
 * @param tCleanup    counter silence after which it is forgotten; at least 2 x tFail
 * @param meta        labels sent with our heartbeat
 * @param incarnation starting incarnation; the start time in ms makes a restart newer
 */
public record PeerConfig(String nodeId, InetSocketAddress bind, List<InetSocketAddress> seeds, int fanout,
                         Duration interval, Duration tFail, Duration tCleanup, Map<String, String> meta,
                         long incarnation) {

    public static final int DEFAULT_FANOUT = 3;
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(1);
    public static final Duration DEFAULT_T_FAIL = Duration.ofSeconds(10);

    public PeerConfig {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(bind, "bind");
        seeds = List.copyOf(seeds);
        meta = meta == null ? Map.of() : Map.copyOf(meta);
        if (interval == null || interval.isZero() || interval.isNegative()) {
            throw new IllegalArgumentException("gossip interval must be positive, e.g. 1s");
        }
        if (tFail == null || tFail.compareTo(interval.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("T_fail must be at least two gossip intervals, e.g. 10s for a 1s interval");
        }
        if (tCleanup == null) {
            tCleanup = tFail.multipliedBy(2);
        }
        GossipTimeouts.of(tFail, tCleanup); // refuses a T_cleanup shorter than 2 x T_fail, with the reason
        if (fanout < 1) {
            throw new IllegalArgumentException("fanout must be at least 1, was " + fanout);
        }
    }

    /** Defaults: fanout 3, every 1 s, T_fail 10 s, T_cleanup 20 s, incarnation = now in ms. */
    public static PeerConfig of(String nodeId, InetSocketAddress bind, List<InetSocketAddress> seeds) {
        return new PeerConfig(nodeId, bind, seeds, DEFAULT_FANOUT, DEFAULT_INTERVAL, DEFAULT_T_FAIL,
                DEFAULT_T_FAIL.multipliedBy(2), Map.of(), System.currentTimeMillis());
    }

    public PeerConfig withTiming(Duration newInterval, Duration newFail, Duration newCleanup) {
        return new PeerConfig(nodeId, bind, seeds, fanout, newInterval, newFail, newCleanup, meta, incarnation);
    }

    public PeerConfig withFanout(int n) {
        return new PeerConfig(nodeId, bind, seeds, n, interval, tFail, tCleanup, meta, incarnation);
    }

    public PeerConfig withIncarnation(long inc) {
        return new PeerConfig(nodeId, bind, seeds, fanout, interval, tFail, tCleanup, meta, inc);
    }

    public PeerConfig withMeta(Map<String, String> m) {
        return new PeerConfig(nodeId, bind, seeds, fanout, interval, tFail, tCleanup, m, incarnation);
    }

    GossipParams toParams() {
        return toParams(WireLimits.MAX_SEND_BYTES);
    }

    /** @param maxDatagramBytes digest size before any signature (1400 less the trailer when signing) */
    GossipParams toParams(int maxDatagramBytes) {
        return new GossipParams(nodeId, incarnation, meta, fanout, (int) Math.min(Integer.MAX_VALUE, interval.toMillis()),
                GossipTimeouts.of(tFail, tCleanup), maxDatagramBytes);
    }
}
