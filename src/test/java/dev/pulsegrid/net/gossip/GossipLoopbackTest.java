package dev.pulsegrid.net.gossip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.pulsegrid.cluster.NodeState;
import dev.pulsegrid.cluster.NodeView;
import dev.pulsegrid.cluster.gossip.GossipMemberView;
import dev.pulsegrid.cluster.gossip.GossipNode;
import dev.pulsegrid.detect.FixedTimeoutDetector;
import dev.pulsegrid.net.HeartbeatAgent;
import dev.pulsegrid.net.HeartbeatSender;
import dev.pulsegrid.net.Monitor;
import dev.pulsegrid.net.MonitorConfig;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Real peers on loopback in one JVM, each with its own monitor (own membership thread) and gossip
 * port 0, 50 ms rounds. Waits are bounded polls of published snapshots, never fixed sleeps.
 */
class GossipLoopbackTest {
    static final Duration ROUND = Duration.ofMillis(50);
    static final Duration T_FAIL = Duration.ofMillis(800);
    static final InetSocketAddress ANY = new InetSocketAddress("127.0.0.1", 0);

    record Peer(Monitor monitor, GossipPeer gossip) {
        NodeView view(String id) {
            return monitor.snapshot().find(id);
        }

        void kill() {
            gossip.close();
            monitor.close();
        }
    }

    private final List<Peer> peers = new ArrayList<>();
    private final List<AutoCloseable> others = new ArrayList<>();

    @AfterEach
    void stopAll() throws Exception {
        for (Peer p : peers) {
            p.gossip.close();
            p.monitor.close();
        }
        for (AutoCloseable c : others) {
            c.close();
        }
    }

    Peer start(String id, long incarnation, InetSocketAddress... seeds) throws Exception {
        Monitor m = Monitor.start(MonitorConfig.listeningOn(null)
                .withDetector(new FixedTimeoutDetector(Duration.ofMillis(400), T_FAIL)));
        PeerConfig cfg = PeerConfig.of(id, ANY, List.of(seeds))
                .withTiming(ROUND, T_FAIL, T_FAIL.multipliedBy(3)).withIncarnation(incarnation);
        Peer p = new Peer(m, GossipPeer.join(m, cfg));
        peers.add(p);
        return p;
    }

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("not within 15 s: " + what);
            }
            Thread.sleep(20);
        }
    }

    static boolean is(Peer p, String id, NodeState s) {
        NodeView v = p.view(id);
        return v != null && v.state() == s;
    }

    List<Peer> threePeers() throws Exception {
        Peer a = start("a", 1);
        Peer b = start("b", 1, a.gossip.localAddress());
        Peer c = start("c", 1, a.gossip.localAddress());
        for (Peer p : List.of(a, b, c)) {
            for (String id : List.of("a", "b", "c")) {
                await(id + " ALIVE at " + p.gossip.config().nodeId(), () -> is(p, id, NodeState.ALIVE));
            }
        }
        return List.of(a, b, c);
    }

    @Test
    void threePeersConverge() throws Exception {
        List<Peer> abc = threePeers();
        Peer b = abc.get(1);
        // b and c only knew a at first: they found each other through a's gossip
        await("b hears c directly", () -> {
            GossipMemberView v = b.gossip.member("c");
            return v != null && v.address() != null;
        });
        assertEquals(0, b.gossip.counters().rejectsByReason().size(), "nothing malformed on the wire");
        assertTrue(b.gossip.counters().sentBytes() > 0);
    }

    @Test
    void aKilledPeerIsDeclaredDeadByAllSurvivorsAndARestartIsAliveAgainEverywhere() throws Exception {
        List<Peer> abc = threePeers();
        Peer a = abc.get(0);
        Peer b = abc.get(1);
        abc.get(2).kill();
        peers.remove(abc.get(2));
        for (Peer p : List.of(a, b)) {
            await("c DEAD at " + p.gossip.config().nodeId(), () -> is(p, "c", NodeState.DEAD));
            assertEquals(NodeState.ALIVE, p.view("a").state());
            assertEquals(NodeState.ALIVE, p.view("b").state());
        }
        start("c", 2, b.gossip.localAddress());
        for (Peer p : List.of(a, b)) {
            await("c ALIVE again at " + p.gossip.config().nodeId(),
                    () -> is(p, "c", NodeState.ALIVE) && p.view("c").incarnation() == 2);
        }
    }

    @Test
    void aGracefulLeaveShowsLeftEverywhere() throws Exception {
        List<Peer> abc = threePeers();
        abc.get(2).gossip.leave();
        for (Peer p : abc.subList(0, 2)) {
            await("c LEFT at " + p.gossip.config().nodeId(), () -> is(p, "c", NodeState.LEFT));
        }
    }

    @Test
    void aWatchAsPeerLearnsMembersItNeverHeardFromDirectly() throws Exception {
        List<Peer> abc = threePeers();
        Peer a = abc.get(0);
        // "legacy" is a plain agent (no gossip) sending only to a's gossip port
        HeartbeatSender sender = HeartbeatSender.open();
        others.add(sender);
        HeartbeatAgent legacy = new HeartbeatAgent(sender, "legacy", List.of(a.gossip.localAddress()), ROUND,
                Map.of(), 42);
        others.add(legacy);
        legacy.start();
        Peer watch = start("workstation", 1, abc.get(1).gossip.localAddress());
        await("legacy ALIVE at the watch", () -> is(watch, "legacy", NodeState.ALIVE));
        NodeView v = watch.view("legacy");
        assertEquals(GossipNode.SOURCE_GOSSIP, v.source());
        assertNull(v.address(), "the watch never received a datagram from legacy");
        // The peer publishes its table view once per round, after membership already saw the entry.
        await("legacy in the watch's gossip table", () -> watch.gossip.member("legacy") != null);
        GossipMemberView row = watch.gossip.member("legacy");
        assertTrue(List.of("a", "b", "c").contains(row.heardVia()), "relayed by a peer: " + row.heardVia());
        for (String id : List.of("a", "b", "c", "workstation")) {
            await(id + " ALIVE at the watch", () -> is(watch, id, NodeState.ALIVE));
        }
        // and the mesh sees the workstation as a member
        await("workstation ALIVE at c", () -> is(abc.get(2), "workstation", NodeState.ALIVE));
        legacy.stop();
        await("legacy DEAD at the watch once its counter stops", () -> is(watch, "legacy", NodeState.DEAD));
    }
}
