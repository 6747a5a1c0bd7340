package dev.pulsegrid.cluster.gossip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pulsegrid.cluster.ManualClock;
import dev.pulsegrid.cluster.Membership;
import dev.pulsegrid.cluster.NodeState;
import dev.pulsegrid.cluster.NodeView;
import dev.pulsegrid.detect.FixedTimeoutDetector;
import dev.pulsegrid.protocol.GossipCodec;
import dev.pulsegrid.protocol.GossipDigest;
import dev.pulsegrid.protocol.GossipEntry;
import dev.pulsegrid.protocol.GossipStatus;
import dev.pulsegrid.protocol.Heartbeat;
import dev.pulsegrid.protocol.MessageType;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A node's feed into Membership and its refutation, in virtual time, through the real codec. */
class GossipNodeTest {
    final ManualClock clock = new ManualClock();

    Membership membership() {
        return new Membership(clock, new FixedTimeoutDetector(Duration.ofSeconds(3), Duration.ofSeconds(10)));
    }

    GossipNode node(Membership m, String id, long inc) {
        return new GossipNode(m, new GossipParams(id, inc, Map.of(), 3, 1000,
                GossipTimeouts.failAfter(Duration.ofSeconds(10)), 1400), List.of(addr(99)), new Random(7));
    }

    /** The first digest of a round or goodbye, through the real encoder and decoder. */
    static GossipDigest wire(List<GossipNode.Outgoing> out) throws Exception {
        return GossipCodec.decode(GossipCodec.encode(out.get(0).digest()));
    }

    static InetSocketAddress addr(int i) {
        return new InetSocketAddress("127.0.0.1", 7000 + i);
    }

    @Test
    void countersHeardSecondHandKeepAMemberAliveAndAreMarkedGossip() throws Exception {
        Membership ma = membership();
        Membership mb = membership();
        Membership mc = membership();
        GossipNode a = node(ma, "a", 1);
        GossipNode b = node(mb, "b", 1);
        GossipNode c = node(mc, "c", 1);
        for (int round = 0; round < 30; round++) { // a -> b -> c: c never hears a directly
            b.receive(wire(a.round()), addr(1));
            c.receive(wire(b.round()), addr(2));
            c.round();
            clock.advanceMillis(1000);
            ma.advance();
            mb.advance();
            mc.advance();
        }
        NodeView seen = mc.view("a");
        assertEquals(NodeState.ALIVE, seen.state());
        assertEquals(GossipNode.SOURCE_GOSSIP, seen.source());
        assertNull(seen.address(), "never heard directly");
        assertEquals("b", c.table().view("a").heardVia());
        assertEquals(GossipNode.SOURCE_DIRECT, mc.view("b").source());
        assertEquals(NodeState.ALIVE, mc.view("c").state(), "a peer shows itself");

        for (int round = 0; round < 12; round++) { // a crashes: its counter stops
            c.receive(wire(b.round()), addr(2));
            c.round();
            clock.advanceMillis(1000);
            mb.advance();
            mc.advance();
        }
        assertEquals(NodeState.DEAD, mc.view("a").state());
        assertEquals(NodeState.ALIVE, mc.view("b").state());
    }

    @Test
    void aNodeThatHearsItselfSuspectedRefutesWithAHigherIncarnation() throws Exception {
        Membership ma = membership();
        GossipNode a = node(ma, "a", 5);
        Heartbeat fromB = new Heartbeat(MessageType.HEARTBEAT, "b", 1, 1, 0, 1000, Map.of());
        a.receive(GossipDigest.of(fromB, List.of(new GossipEntry("a", 4, 9, GossipStatus.DEAD, null))), addr(2));
        assertEquals(5, a.incarnation(), "an old incarnation's obituary is not about us");
        a.receive(GossipDigest.of(new Heartbeat(MessageType.HEARTBEAT, "b", 1, 2, 0, 1000, Map.of()),
                List.of(new GossipEntry("a", 5, 9, GossipStatus.SUSPECT, null))), addr(2));
        assertEquals(6, a.incarnation());
        assertEquals(1, a.refutations());
        GossipDigest next = wire(a.round());
        assertEquals(6, next.sender().incarnation());
        a.receive(GossipDigest.of(new Heartbeat(MessageType.HEARTBEAT, "c", 1, 1, 0, 1000, Map.of()),
                List.of(new GossipEntry("a", 6, 9, GossipStatus.SUSPECT, null))), addr(3));
        assertEquals(6, a.incarnation(), "suspicion is refuted at most once per T_fail");
        a.receive(GossipDigest.of(new Heartbeat(MessageType.HEARTBEAT, "c", 1, 2, 0, 1000, Map.of()),
                List.of(new GossipEntry("a", 6, 9, GossipStatus.DEAD, null))), addr(3));
        assertEquals(7, a.incarnation(), "an obituary is always refuted");
    }

    @Test
    void aGoodbyeTurnsTheMemberLeftAtTheReceiverAndIsRelayedAsLeft() throws Exception {
        Membership ma = membership();
        Membership mb = membership();
        Membership mc = membership();
        GossipNode a = node(ma, "a", 1);
        GossipNode b = node(mb, "b", 1);
        GossipNode c = node(mc, "c", 1);
        b.receive(wire(a.round()), addr(1));
        c.receive(wire(b.round()), addr(2));
        b.receive(wire(a.leave()), addr(1));
        assertEquals(NodeState.LEFT, mb.view("a").state());
        GossipDigest relay = wire(b.round());
        assertTrue(relay.entries().stream().anyMatch(e -> e.nodeId().equals("a") && e.status() == GossipStatus.LEFT));
        c.receive(relay, addr(2));
        assertEquals(NodeState.LEFT, mc.view("a").state());
    }

    @Test
    void changingTFailLiveChangesWhenASilentMemberIsDeclaredDead() throws Exception {
        for (int newFail : new int[] {3, 20}) {
            ManualClock t0 = clock;
            // The membership's own detector would wait 60 s: T_fail alone decides here.
            Membership mb = new Membership(t0, new FixedTimeoutDetector(Duration.ofSeconds(30), Duration.ofSeconds(60)));
            GossipNode a = node(new Membership(t0, new FixedTimeoutDetector(Duration.ofSeconds(30), Duration.ofSeconds(60))), "a" + newFail, 1);
            GossipNode b = node(mb, "b" + newFail, 1);
            b.receive(wire(a.round()), addr(1));
            b.setTimeouts(GossipTimeouts.failAfter(Duration.ofSeconds(newFail))); // was 10 s
            int declaredAfter = -1;
            for (int s = 1; s <= 40 && declaredAfter < 0; s++) { // a falls silent
                clock.advanceMillis(1000);
                b.round();
                mb.advance();
                if (mb.view("a" + newFail).state() == NodeState.DEAD) {
                    declaredAfter = s;
                }
            }
            assertEquals(newFail, declaredAfter, "declared DEAD after the new T_fail, not the old 10 s");
            assertEquals(GossipStatus.DEAD, b.table().view("a" + newFail).status());
        }
    }

    @Test
    void membersLearnedSecondHandCarryTheirLabelsOnlyWhileTheyAreNews() throws Exception {
        Membership ma = membership();
        Membership mb = membership();
        Membership mc = membership();
        Map<String, String> labels = Map.of("cluster", "prod", "role", "db", "zone", "eu-1");
        GossipNode a = new GossipNode(ma, new GossipParams("a", 1, labels, 3, 1000,
                GossipTimeouts.failAfter(Duration.ofSeconds(10)), 1400), List.of(addr(99)), new Random(7));
        GossipNode b = node(mb, "b", 1);
        GossipNode c = node(mc, "c", 1);
        int carried = 0;
        for (int round = 0; round < 20; round++) { // a -> b -> c: c never hears a directly
            b.receive(wire(a.round()), addr(1));
            GossipDigest fromB = wire(b.round());
            carried += fromB.entries().stream().anyMatch(e -> e.nodeId().equals("a") && e.meta() != null) ? 1 : 0;
            c.receive(fromB, addr(2));
            clock.advanceMillis(1000);
        }
        assertEquals(labels, mc.view("a").meta(), "the grid and details show a's labels at c");
        assertNull(mc.view("a").address(), "learned second-hand");
        assertEquals(RetransmitLimit.rounds(2, 3), carried, "labels travel a few digests, not every one");
    }
}
