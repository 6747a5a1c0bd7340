package dev.pulsegrid.cluster.gossip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pulsegrid.cluster.ManualClock;
import dev.pulsegrid.cluster.Membership;
import dev.pulsegrid.cluster.NodeState;
import dev.pulsegrid.detect.FixedTimeoutDetector;
import dev.pulsegrid.protocol.GossipCodec;
import dev.pulsegrid.protocol.GossipDigest;
import dev.pulsegrid.protocol.GossipEntry;
import dev.pulsegrid.protocol.GossipStatus;
import dev.pulsegrid.protocol.Heartbeat;
import dev.pulsegrid.protocol.MessageType;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Watchers through GossipNode, Membership and the real codec, in virtual time. peer-8 and peer-9
 * watch peer-0 (WatchersTest); T_fail is 60 s, so a DEAD within seconds is the watchers' verdict.
 */
class GossipNodeWatchTest {
    final ManualClock clock = new ManualClock();

    static InetSocketAddress addr(int i) {
        return new InetSocketAddress("127.0.0.1", 7000 + i);
    }

    Membership membership() {
        return new Membership(clock, new FixedTimeoutDetector(Duration.ofSeconds(30), Duration.ofSeconds(60)));
    }

    GossipNode node(Membership m, int i) {
        return new GossipNode(m, new GossipParams("peer-" + i, 1, Map.of(), 3, 1000,
                GossipTimeouts.failAfter(Duration.ofSeconds(60)), 1400), List.of(), new Random(i));
    }

    /** Tells {@code n} of peer-1..peer-9 (and peer-0) through one relayed digest from peer-2. */
    void introduce(GossipNode n) {
        List<GossipEntry> rows = new ArrayList<>();
        for (int i = 0; i <= 9; i++) {
            if (i != 2 && !n.nodeId().equals("peer-" + i)) {
                rows.add(new GossipEntry("peer-" + i, 1, 1, GossipStatus.ALIVE, addr(i)));
            }
        }
        n.receive(GossipDigest.of(new Heartbeat(MessageType.HEARTBEAT, "peer-2", 1, 1, 0, 1000, Map.of()), rows), addr(2));
    }

    static GossipDigest wire(GossipDigest d) throws Exception {
        return GossipCodec.decode(GossipCodec.encode(d));
    }

    @Test
    void everyRoundAMemberSendsItsBareHeartbeatToItsTwoWatchers() throws Exception {
        GossipNode a = node(membership(), 0);
        introduce(a);
        for (int round = 0; round < 5; round++) {
            List<GossipNode.Outgoing> out = a.round();
            for (int w : new int[] {8, 9}) {
                assertTrue(out.stream().anyMatch(o -> o.target().equals(addr(w))), "watcher peer-" + w + " fed");
            }
            assertTrue(out.size() >= 3 && out.size() <= 5, "fanout 3, plus the watchers not among them");
            for (GossipNode.Outgoing extra : out.subList(3, out.size())) {
                assertTrue(extra.digest().entries().isEmpty(), "beyond the fanout's digests, the heartbeat alone");
            }
            assertEquals(out.size(), out.stream().map(GossipNode.Outgoing::target).distinct().count());
        }
    }

    @Test
    void aWatcherDeclaresACrashedMemberDeadAfterFiveSilentRoundsAndARelayAdoptsIt() throws Exception {
        GossipNode member = node(membership(), 0);
        Membership mw = membership();
        GossipNode watcher = node(mw, 8);
        Membership mr = membership();
        GossipNode relay = node(mr, 1);
        introduce(member);
        introduce(watcher);
        introduce(relay);
        for (int round = 0; round < 10; round++) {
            for (GossipNode.Outgoing o : member.round()) {
                if (o.target().equals(addr(8))) {
                    watcher.receive(wire(o.digest()), addr(0));
                }
            }
            relay.receive(wire(watcher.round().get(0).digest()), addr(8));
            relay.round();
            clock.advanceMillis(1000);
        }
        assertEquals(NodeState.ALIVE, mw.view("peer-0").state());
        assertEquals(NodeState.ALIVE, mr.view("peer-0").state());
        int rounds = 0;
        while (mw.view("peer-0").state() != NodeState.DEAD && rounds < 60) { // peer-0 crashed
            watcher.round();
            clock.advanceMillis(1000);
            mw.advance();
            rounds++;
        }
        assertEquals(5, rounds, "5 silent rounds, not T_fail (60)");
        GossipDigest obituary = wire(watcher.round().get(0).digest());
        relay.receive(obituary, addr(8));
        assertEquals(NodeState.DEAD, mr.view("peer-0").state(), "adopted: the relay knows nothing newer");
    }

    @Test
    void aGoodbyeReachesTheWatchersFirstHand() {
        GossipNode a = node(membership(), 0);
        introduce(a);
        List<GossipNode.Outgoing> bye = a.leave();
        for (int w : new int[] {8, 9}) {
            assertTrue(bye.stream().anyMatch(o -> o.target().equals(addr(w)) && o.digest().sender().isLeave()));
        }
    }
}
