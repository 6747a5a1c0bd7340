package dev.pulsegrid.cluster.gossip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pulsegrid.protocol.GossipEntry;
import dev.pulsegrid.protocol.GossipStatus;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Watchers on the bare table. For member peer-0 the scores rank peer-8, peer-9, peer-1, ... (see
 * WatchersTest), so peer-8 and peer-9 watch it and peer-1 does not once it knows them.
 */
class GossipTableWatchTest {
    static final long S = 1_000_000_000L;
    /** T_fail far away, so every verdict here is the watchers'. */
    static final GossipTimeouts LONG = new GossipTimeouts(100 * S, 200 * S);

    static InetSocketAddress addr(int i) {
        return new InetSocketAddress("10.0.0." + (i + 1), 7946);
    }

    static GossipTable table(String self, int... known) {
        GossipTable t = new GossipTable(self, LONG, 3, new Random(1), S);
        for (int i : known) {
            t.mergeEntry(new GossipEntry("peer-" + i, 1, 1, GossipStatus.ALIVE, addr(i)), "peer-2", 0);
        }
        return t;
    }

    /** peer-0 heartbeats us directly at seconds 1..last. */
    static void stream(GossipTable t, int last) {
        for (int s = 1; s <= last; s++) {
            t.mergeDirect("peer-0", 1, 10 + s, false, addr(0), s * S);
        }
    }

    static List<String> convict(GossipTable t, long now) {
        List<String> out = new ArrayList<>();
        t.convictSilentStreams(now, out::add);
        return out;
    }

    @Test
    void aWatcherConvictsAMemberWhoseStreamStoppedForSilentRounds() {
        GossipTable t = table("peer-8", 1, 2);
        stream(t, 10);
        assertEquals(List.of(), convict(t, 14 * S));
        assertEquals(List.of("peer-0"), convict(t, 15 * S));
        assertFalse(t.live("peer-0"));
        assertEquals(GossipStatus.DEAD, t.view("peer-0").status());
        assertEquals(List.of(), convict(t, 16 * S), "convicted once");
    }

    @Test
    void aPeerThatKnowsTwoBetterWatchersDoesNotConvict() {
        GossipTable t = table("peer-1", 8, 9);
        stream(t, 10); // peer-0 might still be feeding a former watcher for its grace time
        assertEquals(List.of(), convict(t, 30 * S));
        assertTrue(t.live("peer-0"));
    }

    @Test
    void aNewerCounterFromARelayPostponesTheVerdict() {
        GossipTable t = table("peer-8", 1, 2);
        stream(t, 10);
        t.mergeEntry(new GossipEntry("peer-0", 1, 22, GossipStatus.ALIVE, null), "peer-2", 13 * S);
        assertEquals(List.of(), convict(t, 17 * S));
        assertEquals(List.of("peer-0"), convict(t, 18 * S));
    }

    @Test
    void heartbeatsThatCameByChanceAreNoStream() {
        GossipTable t = table("peer-8", 1, 2);
        t.mergeDirect("peer-0", 1, 11, false, addr(0), S);
        t.mergeDirect("peer-0", 1, 18, false, addr(0), 8 * S); // a random target twice, 7 rounds apart
        t.mergeDirect("peer-0", 1, 24, false, addr(0), 14 * S);
        assertEquals(List.of(), convict(t, 40 * S));
    }

    @Test
    void aMemberThatGossipsSlowerThanUsIsJudgedInItsOwnRounds() {
        GossipTable t = table("peer-8", 1, 2);
        for (int s = 5; s <= 50; s += 5) { // every 5 s, says its header; our rounds are 1 s
            t.mergeDirect("peer-0", 1, s, false, addr(0), java.util.Map.of(), 5 * S, s * S);
        }
        assertEquals(List.of(), convict(t, 54 * S), "one of its rounds late is not 5 of them");
        assertEquals(List.of(), convict(t, 74 * S));
        assertEquals(List.of("peer-0"), convict(t, 75 * S));
    }

    @Test
    void aMemberFeedsTheTwoBestScoresOfTheLiveMembersItKnows() {
        GossipTable t = table("peer-0", 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertEquals(List.of(addr(8), addr(9)), t.watchers());
        t.mergeEntry(new GossipEntry("peer-8", 1, 1, GossipStatus.DEAD, null), "peer-2", S); // adopted obituary
        assertEquals(List.of(addr(9), addr(1)), t.watchers());
        assertEquals(List.of(), table("peer-0").watchers());
    }
}
