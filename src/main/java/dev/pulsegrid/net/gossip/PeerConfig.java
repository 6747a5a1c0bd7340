package dev.pulsegrid.net.gossip;

import dev.pulsegrid.cluster.gossip.AutoFail;
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
 * @param tFail       counter silence after which a member is failed (and not gossiped as alive);
 *                    null for auto: derived from the members known ({@link AutoFail})
 * @param tCleanup    counter silence after which it is forgotten; at least 2 x tFail (null: 2 x tFail)
 * @param meta        labels sent with our heartbeat
 * @param incarnation starting incarnation; the start time in ms makes a restart newer
 */
public record PeerConfig(String nodeId, InetSocketAddress bind, List<InetSocketAddress> seeds, int fanout,
                         Duration interval, Duration tFail, Duration tCleanup, Map<String, String> meta,
                         long incarnation) {

    public static final int DEFAULT_FANOUT = 3;
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(1);
    /** The least T_fail auto picks (a mesh that fits one datagram); explicit values may be anything from 2 rounds. */
    public static final Duration DEFAULT_T_FAIL = Duration.ofSeconds(AutoFail.MIN_ROUNDS);

    public PeerConfig {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(bind, "bind");
        seeds = List.copyOf(seeds);
        meta = meta == null ? Map.of() : Map.copyOf(meta);
        if (interval == null || interval.isZero() || interval.isNegative()) {
            throw new IllegalArgumentException("gossip interval must be positive, e.g. 1s");
        }
        if (tFail == null) {
            if (tCleanup != null) {
                throw new IllegalArgumentException("T_cleanup needs an explicit T_fail: auto T_fail keeps T_cleanup at 2 x T_fail");
            }
        } else {
            if (tFail.compareTo(interval.multipliedBy(2)) < 0) {
                throw new IllegalArgumentException("T_fail must be at least two gossip intervals, e.g. 10s for a 1s interval");
            }
            if (tCleanup == null) {
                tCleanup = tFail.multipliedBy(2);
            }
            GossipTimeouts.of(tFail, tCleanup); // refuses a T_cleanup shorter than 2 x T_fail, with the reason
        }
        if (fanout < 1) {
            throw new IllegalArgumentException("fanout must be at least 1, was " + fanout);
        }
    }

    /** Defaults: fanout 3, every 1 s, auto T_fail (T_cleanup 2 x T_fail), incarnation = now in ms. */
    public static PeerConfig of(String nodeId, InetSocketAddress bind, List<InetSocketAddress> seeds) {
        return new PeerConfig(nodeId, bind, seeds, DEFAULT_FANOUT, DEFAULT_INTERVAL, null, null, Map.of(),
                System.currentTimeMillis());
    }

    /** Whether T_fail (and with it T_cleanup) is derived from membership rather than given. */
    public boolean autoFail() {
        return tFail == null;
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
        // Auto starts at its floor; the node raises it from its first round as the table fills.
        GossipTimeouts t = tFail == null ? GossipTimeouts.failAfter(interval.multipliedBy(AutoFail.MIN_ROUNDS))
                : GossipTimeouts.of(tFail, tCleanup);
        return new GossipParams(nodeId, incarnation, meta, fanout, (int) Math.min(Integer.MAX_VALUE, interval.toMillis()),
                t, maxDatagramBytes);
    }
}
