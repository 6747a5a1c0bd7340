package dev.pulsegrid.bench;

import dev.pulsegrid.cluster.ManualClock;
import dev.pulsegrid.cluster.Membership;
import dev.pulsegrid.cluster.NodeState;
import dev.pulsegrid.cluster.NodeView;
import dev.pulsegrid.cluster.gossip.GossipNode;
import dev.pulsegrid.cluster.gossip.GossipParams;
import dev.pulsegrid.cluster.gossip.GossipTimeouts;
import dev.pulsegrid.detect.FixedTimeoutDetector;
import dev.pulsegrid.protocol.DecodeException;
import dev.pulsegrid.protocol.GossipCodec;
import dev.pulsegrid.protocol.WireLimits;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Many gossip peers in virtual time: the real GossipNode, GossipTable, codec and Membership of each
 * peer, a shared ManualClock, and a lossy "network" that delivers every datagram sent in a round
 * before the next one (one round = one gossip interval). Single-threaded and deterministic per seed.
 */
final class GossipSimCluster {
    final ManualClock clock = new ManualClock();
    final int intervalMillis;
    final int fanout;
    final GossipTimeouts timeouts;
    final FixedTimeoutDetector detector;
    /** T_fail derived by each peer from its table (AutoFail), the default; its detector follows. */
    final boolean auto;
    final double loss;
    final Random random;
    final List<Peer> peers = new ArrayList<>();
    private final Map<InetSocketAddress, Peer> byAddress = new HashMap<>();
    long bytesSent;
    long datagramsSent;
    long falseDead;
    long falseSuspect;
    /** A crashed peer turned ALIVE again somewhere: a late relay of its last counter. */
    long resurrections;
    long rounds;

    final class Peer {
        final String id;
        final InetSocketAddress address;
        final Membership membership;
        final GossipNode node;
        boolean up = true;

        Peer(String id, InetSocketAddress address, long incarnation, List<InetSocketAddress> seeds) {
            this.id = id;
            this.address = address;
            this.membership = new Membership(clock, detector);
            this.node = new GossipNode(membership, new GossipParams(id, incarnation, Map.of(), fanout, intervalMillis,
                    timeouts, WireLimits.MAX_SEND_BYTES), seeds, new Random(random.nextLong()));
            if (auto) {
                node.onTimeoutsChanged(t -> membership.setDetector(detectorFor(Duration.ofNanos(t.failNanos()))));
                node.useAutoTimeouts();
            }
            membership.addListener(e -> {
                if (!e.isTransition()) {
                    return;
                }
                Peer subject = byId(e.nodeId());
                if (subject != null && !subject.up && e.from() == NodeState.DEAD && e.to() == NodeState.ALIVE) {
                    resurrections++;
                }
                if (subject != null && subject.up && subject != this) {
                    if (e.to() == NodeState.DEAD) {
                        falseDead++;
                    } else if (e.to() == NodeState.SUSPECT) {
                        falseSuspect++;
                    }
                }
            });
        }

        NodeState stateOf(String other) {
            NodeView v = membership.view(other);
            return v == null ? null : v.state();
        }
    }

    private final Map<String, Peer> byId = new HashMap<>();

    /** @param tFail fixed T_fail for every peer, or null for the default: auto */
    GossipSimCluster(int intervalMillis, int fanout, Duration tFail, double loss, long seed) {
        this.intervalMillis = intervalMillis;
        this.fanout = fanout;
        this.auto = tFail == null;
        Duration start = auto ? Duration.ofMillis((long) dev.pulsegrid.cluster.gossip.AutoFail.MIN_ROUNDS * intervalMillis) : tFail;
        this.timeouts = GossipTimeouts.failAfter(start);
        this.detector = detectorFor(start);
        this.loss = loss;
        this.random = new Random(seed);
    }

    /** What a peer's monitor judges by in peer mode: suspect after T_fail / 2, DEAD after T_fail. */
    static FixedTimeoutDetector detectorFor(Duration tFail) {
        return new FixedTimeoutDetector(tFail.dividedBy(2), tFail);
    }

    /** T_fail in force at {@code p} now (auto or fixed), in whole seconds. */
    static long failSeconds(Peer p) {
        return p.node.timeouts().failNanos() / 1_000_000_000L;
    }

    Peer byId(String id) {
        return byId.get(id);
    }

    /** A peer that joins through up to three random existing peers. */
    Peer add(String id, long incarnation) {
        List<InetSocketAddress> seeds = new ArrayList<>();
        List<Peer> up = upPeers();
        Collections.shuffle(up, random);
        for (int i = 0; i < Math.min(3, up.size()); i++) {
            seeds.add(up.get(i).address);
        }
        int n = peers.size();
        InetSocketAddress addr = address(n);
        Peer p = new Peer(id, addr, incarnation, seeds);
        peers.add(p);
        byAddress.put(addr, p);
        byId.put(id, p);
        return p;
    }

    static InetSocketAddress address(int n) {
        try {
            return new InetSocketAddress(InetAddress.getByAddress(new byte[] {10, (byte) (n >> 16), (byte) (n >> 8), (byte) n}), 7946);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    List<Peer> upPeers() {
        List<Peer> out = new ArrayList<>();
        for (Peer p : peers) {
            if (p.up) {
                out.add(p);
            }
        }
        return out;
    }

    /** One gossip interval: every live peer sends, the network delivers (minus losses), time moves on. */
    void round() {
        List<Peer> order = upPeers();
        Collections.shuffle(order, random);
        List<Object[]> inflight = new ArrayList<>();
        for (Peer p : order) {
            for (GossipNode.Outgoing o : p.node.round()) {
                byte[] bytes = GossipCodec.encode(o.digest());
                bytesSent += bytes.length;
                datagramsSent++;
                if (random.nextDouble() >= loss) {
                    inflight.add(new Object[] {o.target(), bytes, p.address});
                }
            }
        }
        Collections.shuffle(inflight, random);
        for (Object[] f : inflight) {
            Peer to = byAddress.get((InetSocketAddress) f[0]);
            if (to == null || !to.up) {
                continue;
            }
            try {
                to.node.receive(GossipCodec.decode((byte[]) f[1]), (InetSocketAddress) f[2]);
            } catch (DecodeException e) {
                throw new IllegalStateException("our own encoder wrote something we refuse", e);
            }
        }
        clock.advanceMillis(intervalMillis);
        for (Peer p : upPeers()) {
            p.membership.advance();
        }
        rounds++;
    }

    /** Whether every live peer (other than {@code subject}) shows {@code subject} in {@code state}. */
    boolean allSee(String subject, NodeState state) {
        for (Peer p : peers) {
            if (p.up && !p.id.equals(subject) && p.stateOf(subject) != state) {
                return false;
            }
        }
        return true;
    }

    /** Whether some live peer (other than {@code subject}) shows {@code subject} in {@code state}. */
    boolean anySees(String subject, NodeState state) {
        for (Peer p : peers) {
            if (p.up && !p.id.equals(subject) && p.stateOf(subject) == state) {
                return true;
            }
        }
        return false;
    }

    /** Whether every live peer (other than {@code subject}) counts {@code subject} as a live member (ALIVE or SUSPECT). */
    boolean allKnow(String subject) {
        for (Peer p : peers) {
            NodeState s = p.stateOf(subject);
            if (p.up && !p.id.equals(subject) && s != NodeState.ALIVE && s != NodeState.SUSPECT) {
                return false;
            }
        }
        return true;
    }

    /** Whether every live peer counts every live peer as a member (ALIVE or SUSPECT, never DEAD or unknown). */
    boolean converged() {
        for (Peer q : peers) {
            if (q.up && !allKnow(q.id)) {
                return false;
            }
        }
        return true;
    }

    /** Staleness in rounds of every row of every live peer's table, as a histogram (last bucket: 63+). */
    long[] stalenessHistogram(long[] into) {
        long now = clock.nanos();
        for (Peer p : peers) {
            if (!p.up) {
                continue;
            }
            for (var v : p.node.table().views()) {
                if (byId(v.id()) != null && byId(v.id()).up) {
                    into[(int) Math.min(into.length - 1, (now - v.lastIncreasedNanos()) / (intervalMillis * 1_000_000L))]++;
                }
            }
        }
        return into;
    }

    /** Runs rounds until {@code condition} holds; returns the rounds taken, or -1 after {@code max}. */
    int roundsUntil(java.util.function.BooleanSupplier condition, int max) {
        for (int r = 1; r <= max; r++) {
            round();
            if (condition.getAsBoolean()) {
                return r;
            }
        }
        return -1;
    }

    /** A cluster of {@code n} peers, run until everyone sees everyone ALIVE, with counters then reset. */
    static GossipSimCluster converged(int n, int intervalMillis, int fanout, Duration tFail, double loss, long seed) {
        GossipSimCluster c = new GossipSimCluster(intervalMillis, fanout, tFail, loss, seed);
        for (int i = 0; i < n; i++) {
            c.add("peer-" + i, 1);
        }
        int r = c.roundsUntil(c::converged, 2000);
        if (r < 0) {
            throw new IllegalStateException("n=" + n + " did not converge in 2000 rounds");
        }
        c.bytesSent = 0;
        c.datagramsSent = 0;
        c.falseDead = 0;
        c.falseSuspect = 0;
        c.rounds = 0;
        return c;
    }
}
