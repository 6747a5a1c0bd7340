package dev.pulsegrid.cluster.gossip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pulsegrid.cluster.ManualClock;
import dev.pulsegrid.cluster.Membership;
import dev.pulsegrid.cluster.NodeState;
import dev.pulsegrid.detect.FixedTimeoutDetector;
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
import org.junit.jupiter.api.Test;

/**
 * Auto T_fail in a lossy mesh, in virtual time: the real node, table and Membership of every peer,
 * digests handed over as objects (the codec has its own tests), each peer's detector following its
 * T_fail as the agent's private monitor does.
 */
class AutoFailMeshTest {
    final ManualClock clock = new ManualClock();
    final Random random = new Random(60);
    final List<GossipNode> nodes = new ArrayList<>();
    final List<Membership> memberships = new ArrayList<>();
    final Map<InetSocketAddress, GossipNode> byAddress = new HashMap<>();
    int falseDead;
    /** Crashed peers: they neither send nor receive. */
    final java.util.Set<GossipNode> down = new java.util.HashSet<>();
    String crashed = "";

    /** IPv4 addresses, so rows have their real size (19 + 4 + 2 + 7 = 32 bytes for "peer-42"). */
    static InetSocketAddress addr(int i) {
        try {
            return new InetSocketAddress(InetAddress.getByAddress(new byte[] {10, 0, (byte) (i >> 8), (byte) i}), 7946);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    GossipNode add(int i, boolean auto) {
        Membership m = new Membership(clock, new FixedTimeoutDetector(Duration.ofSeconds(5), Duration.ofSeconds(10)));
        m.addListener(e -> {
            if (e.isTransition() && e.to() == NodeState.DEAD && !e.nodeId().equals(crashed)) {
                falseDead++; // nobody else crashes in these meshes
            }
        });
        List<InetSocketAddress> seeds = i == 0 ? List.of() : List.of(addr(random.nextInt(i)));
        GossipNode n = new GossipNode(m, new GossipParams("peer-" + i, 1, Map.of(), 3, 1000,
                GossipTimeouts.failAfter(Duration.ofSeconds(10)), 1400), seeds, new Random(i));
        if (auto) {
            n.onTimeoutsChanged(t -> m.setDetector(new FixedTimeoutDetector(Duration.ofNanos(t.failNanos() / 2),
                    Duration.ofNanos(t.failNanos()))));
            n.useAutoTimeouts();
        }
        nodes.add(n);
        memberships.add(m);
        byAddress.put(addr(i), n);
        return n;
    }

    /** One 1 s round: everyone sends, {@code loss} of the datagrams vanish, the rest arrive in random order. */
    void round(double loss) {
        List<Object[]> inflight = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (down.contains(nodes.get(i))) {
                continue;
            }
            for (GossipNode.Outgoing o : nodes.get(i).round()) {
                if (random.nextDouble() >= loss) {
                    inflight.add(new Object[] {o, addr(i)});
                }
            }
        }
        Collections.shuffle(inflight, random);
        for (Object[] f : inflight) {
            GossipNode.Outgoing o = (GossipNode.Outgoing) f[0];
            GossipNode to = byAddress.get(o.target());
            if (to != null && !down.contains(to)) {
                to.receive(o.digest(), (InetSocketAddress) f[1]);
            }
        }
        clock.advanceMillis(1000);
        memberships.forEach(Membership::advance);
    }

    void run(int rounds, double loss) {
        for (int s = 0; s < rounds; s++) {
            round(loss);
        }
    }

    @Test
    void sixtyPeersWithOnePercentLossRaiseNoFalseDeadInTenMinutesWithTheDefault() {
        for (int i = 0; i < 60; i++) {
            add(i, true);
        }
        run(600, 0.01);
        for (GossipNode n : nodes) {
            assertEquals(59, n.table().size(), n.nodeId() + " knows everyone");
            assertTrue(n.autoTimeouts());
            // 42 rows of 32 bytes fit a datagram: 1.4 x log3 60 x (ceil(60 / 42) + 1) = 15.7 -> 16 rounds
            assertEquals(16_000_000_000L, n.timeouts().failNanos(), "T_fail follows 60 members");
        }
        assertEquals(0, falseDead, "false DEAD with auto T_fail");
    }

    @Test
    void aCrashInTheSixtyPeerMeshIsEveryonesDeadWellBeforeAutoTFailThroughItsWatchers() {
        for (int i = 0; i < 60; i++) {
            add(i, true);
        }
        run(120, 0.01);
        GossipNode victim = nodes.get(17);
        crashed = victim.nodeId();
        down.add(victim);
        int rounds = 0;
        while (rounds < 100 && !everySurvivorShowsDead(crashed)) {
            round(0.01);
            rounds++;
        }
        // T_fail is 16 rounds here; a watcher convicts after 5 silent rounds and the verdict is adopted
        assertTrue(rounds <= 10, "all survivors show the crash DEAD after " + rounds + " rounds");
        assertTrue(rounds >= Watchers.SILENT_ROUNDS, "not before the watchers' silence: " + rounds);
        assertEquals(0, falseDead);
    }

    boolean everySurvivorShowsDead(String id) {
        for (int i = 0; i < nodes.size(); i++) {
            if (!down.contains(nodes.get(i)) && memberships.get(i).view(id).state() != NodeState.DEAD) {
                return false;
            }
        }
        return true;
    }

    @Test
    void theSameMeshWithTheOldFixedTenSecondsDoesRaiseFalseDeadWithinFiveMinutes() {
        for (int i = 0; i < 60; i++) {
            add(i, false);
        }
        run(300, 0.01);
        assertFalse(falseDead == 0, "the harness can see a false DEAD: fixed 10 s at n = 60 gives some");
    }

    @Test
    void autoGrowsWithMembershipAndAnExplicitValueWins() {
        add(0, true);
        GossipNode first = nodes.get(0);
        assertEquals(10_000_000_000L, first.timeouts().failNanos(), "alone: the floor");
        List<Long> seen = new ArrayList<>();
        first.onTimeoutsChanged(t -> seen.add(t.failNanos() / 1_000_000_000L));
        for (int i = 1; i < 100; i++) {
            add(i, true);
            round(0);
        }
        run(30, 0);
        assertEquals(99, first.table().size());
        assertTrue(seen.size() >= 2, "grew in steps as members arrived: " + seen);
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) > seen.get(i - 1), "only grows while the mesh grows: " + seen);
        }
        long grown = first.timeouts().failNanos();
        // 100 members, 42 rows a datagram: 1.4 x log3 100 x (3 + 1) = 23.5 -> 24 rounds
        assertEquals(24_000_000_000L, grown, "T_fail for 100 members");
        assertEquals(2 * grown, first.timeouts().cleanupNanos());

        first.setTimeouts(GossipTimeouts.failAfter(Duration.ofSeconds(15)));
        run(5, 0);
        assertFalse(first.autoTimeouts());
        assertEquals(15_000_000_000L, first.timeouts().failNanos(), "the explicit value stays, whatever the mesh's size");
    }
}
