package dev.pulsegrid.cluster.gossip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pulsegrid.cluster.gossip.GossipTable.Outcome;
import dev.pulsegrid.protocol.GossipCodec;
import dev.pulsegrid.protocol.GossipEntry;
import dev.pulsegrid.protocol.GossipStatus;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** van Renesse merge rules on the bare table, with time passed in (no clock, no sleeps). */
class GossipTableTest {
    static final long S = 1_000_000_000L;
    final GossipTable t = new GossipTable("me", new GossipTimeouts(10 * S, 20 * S), 3, new Random(1));

    static GossipEntry e(String id, long inc, long ctr, GossipStatus s) {
        return new GossipEntry(id, inc, ctr, s, null);
    }

    @Test
    void mergeKeepsTheMaximumCounterAndFreshnessOnlyMovesWithIt() {
        assertEquals(Outcome.NEW, t.mergeEntry(e("a", 1, 5, GossipStatus.ALIVE), "b", 0));
        assertEquals(Outcome.FRESHER, t.mergeEntry(e("a", 1, 9, GossipStatus.ALIVE), "c", 2 * S));
        assertEquals(Outcome.STALE, t.mergeEntry(e("a", 1, 7, GossipStatus.ALIVE), "b", 3 * S));
        assertEquals(Outcome.STALE, t.mergeEntry(e("a", 1, 9, GossipStatus.ALIVE), "b", 4 * S));
        GossipMemberView v = t.view("a");
        assertEquals(9, v.counter());
        assertEquals(2 * S, v.lastIncreasedNanos(), "stale gossip must not refresh the member");
        assertEquals("c", v.heardVia());
    }

    @Test
    void aHigherIncarnationWinsOverAnyCounterOfALowerOne() {
        t.mergeEntry(e("a", 1, 500, GossipStatus.ALIVE), "b", 0);
        assertEquals(Outcome.FRESHER, t.mergeEntry(e("a", 2, 1, GossipStatus.ALIVE), "b", S));
        assertEquals(Outcome.STALE, t.mergeEntry(e("a", 1, 900, GossipStatus.ALIVE), "b", 2 * S));
        assertEquals(2, t.view("a").incarnation());
        assertEquals(1, t.view("a").counter());
    }

    @Test
    void directHeartbeatsAreMarkedDirectAndTheirAddressBeatsARelayedOne() {
        InetSocketAddress relayed = new InetSocketAddress("10.0.0.9", 7000);
        InetSocketAddress seen = new InetSocketAddress("10.0.0.1", 7001);
        t.mergeEntry(new GossipEntry("a", 1, 1, GossipStatus.ALIVE, relayed), "b", 0);
        t.mergeDirect("a", 1, 2, false, seen, S);
        t.mergeEntry(new GossipEntry("a", 1, 3, GossipStatus.ALIVE, relayed), "b", 2 * S);
        assertEquals(seen, t.view("a").address());
        assertEquals("b", t.view("a").heardVia());
        t.mergeDirect("a", 1, 4, false, seen, 3 * S);
        assertTrue(t.view("a").direct());
    }

    @Test
    void silentForTFailIsFailedAndStaleGossipCannotReviveItUntilCleanup() {
        t.mergeEntry(e("a", 1, 10, GossipStatus.ALIVE), "b", 0);
        t.expire(9 * S);
        assertEquals(GossipStatus.ALIVE, t.view("a").status());
        t.expire(10 * S);
        assertEquals(GossipStatus.DEAD, t.view("a").status());
        assertTrue(t.liveAddresses().isEmpty());
        // a straggler still gossips the last counter it had: no resurrection
        assertEquals(Outcome.STALE, t.mergeEntry(e("a", 1, 10, GossipStatus.ALIVE), "c", 15 * S));
        assertEquals(Outcome.STALE, t.mergeEntry(e("a", 1, 8, GossipStatus.ALIVE), "c", 16 * S));
        assertEquals(GossipStatus.DEAD, t.view("a").status());
        assertEquals(List.of(), t.expire(19 * S));
        assertEquals(List.of("a"), t.expire(20 * S));
        assertNull(t.view("a"));
    }

    @Test
    void aGenuinelyHigherCounterBringsAFailedMemberBack() {
        t.mergeEntry(e("a", 1, 10, GossipStatus.ALIVE), "b", 0);
        t.expire(11 * S);
        assertEquals(Outcome.FRESHER, t.mergeEntry(e("a", 1, 11, GossipStatus.ALIVE), "b", 12 * S));
        assertEquals(GossipStatus.ALIVE, t.view("a").status());
    }

    @Test
    void obituariesAndSuspicionNeverCreateOrRefreshAMember() {
        assertEquals(Outcome.IGNORED, t.mergeEntry(e("ghost", 1, 99, GossipStatus.DEAD), "b", 0));
        assertEquals(Outcome.IGNORED, t.mergeEntry(e("gone", 1, 99, GossipStatus.LEFT), "b", 0));
        assertFalse(t.contains("ghost"));
        t.mergeEntry(e("a", 1, 5, GossipStatus.ALIVE), "b", 0);
        assertEquals(Outcome.STALE, t.mergeEntry(e("a", 1, 7, GossipStatus.SUSPECT), "c", 5 * S));
        assertEquals(0, t.view("a").lastIncreasedNanos(), "a counter its sender already suspects does not prolong life");
        assertEquals(7, t.view("a").counter(), "but it makes older gossip stale");
        t.expire(10 * S);
        assertEquals(GossipStatus.DEAD, t.view("a").status());
    }

    @Test
    void aDeadVerdictIsAdoptedOnlyByPeersThatKnowNothingNewer() {
        t.mergeEntry(e("a", 1, 5, GossipStatus.ALIVE), "b", 0);
        t.mergeEntry(e("x", 1, 9, GossipStatus.ALIVE), "b", 0);
        assertEquals(Outcome.STALE, t.mergeEntry(e("x", 1, 8, GossipStatus.DEAD), "c", S),
                "its declarer is staler than we are: x's counter 9 is newer than the one declared dead");
        assertEquals(GossipStatus.ALIVE, t.view("x").status());
        assertEquals(Outcome.DEAD, t.mergeEntry(e("a", 1, 6, GossipStatus.DEAD), "c", 2 * S));
        assertEquals(GossipStatus.DEAD, t.view("a").status(), "adopted at once, not T_fail later");
        assertEquals(0, t.view("a").lastIncreasedNanos(), "a DEAD report does not prolong life");
        assertEquals(Outcome.STALE, t.mergeEntry(e("a", 1, 6, GossipStatus.DEAD), "d", 3 * S), "adopted once");
        assertEquals(Outcome.STALE, t.mergeEntry(e("a", 1, 6, GossipStatus.ALIVE), "d", 3 * S), "stale gossip cannot revive it");
        assertEquals(Outcome.FRESHER, t.mergeEntry(e("a", 1, 7, GossipStatus.ALIVE), "d", 4 * S), "a genuinely newer counter does");
    }

    @Test
    void newsGoesToEveryTargetAndOrdinaryUpdatesAreSplitBetweenThem() {
        GossipTable u = new GossipTable("self", GossipTimeouts.failAfter(java.time.Duration.ofSeconds(10)), 3, new java.util.Random(1));
        for (int i = 0; i < 60; i++) {
            u.mergeEntry(e("m" + i, 1, 1, GossipStatus.ALIVE), "b", 0);
        }
        for (int round = 0; round < 50 && !u.select(1400, 3).stream().allMatch(List::isEmpty); round++) {
            // spend the news of 60 new members: afterwards nothing is new and nothing grew
        }
        for (int i = 0; i < 60; i++) {
            u.mergeEntry(e("m" + i, 1, 2, GossipStatus.ALIVE), "b", S); // 60 counter updates, no news
        }
        u.mergeEntry(e("newcomer", 1, 1, GossipStatus.ALIVE), "b", S);
        java.util.List<java.util.List<GossipEntry>> digests = u.select(400, 3);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (java.util.List<GossipEntry> d : digests) {
            assertEquals("newcomer", d.get(0).nodeId(), "news first, in every digest");
            int bytes = 0;
            for (GossipEntry x : d.subList(1, d.size())) {
                assertTrue(seen.add(x.nodeId()), "an update goes to one target only: " + x.nodeId());
                bytes += dev.pulsegrid.protocol.GossipCodec.entrySize(x);
            }
            assertTrue(bytes + dev.pulsegrid.protocol.GossipCodec.entrySize(d.get(0)) <= 400);
        }
        assertTrue(seen.size() > 2 * (digests.get(0).size() - 1), "three digests carry about three times the updates: " + seen.size());
    }

    @Test
    void aGoodbyeSpreadsAsLeftAndOnlyANewerCounterUndoesIt() {
        t.mergeEntry(e("a", 1, 5, GossipStatus.ALIVE), "b", 0);
        assertEquals(Outcome.LEFT, t.mergeEntry(e("a", 1, 6, GossipStatus.LEFT), "b", S));
        assertEquals(GossipStatus.LEFT, t.view("a").status());
        assertEquals(Outcome.STALE, t.mergeEntry(e("a", 1, 6, GossipStatus.ALIVE), "c", 2 * S));
        assertEquals(GossipStatus.LEFT, t.view("a").status());
        assertEquals(Outcome.FRESHER, t.mergeEntry(e("a", 2, 1, GossipStatus.ALIVE), "c", 3 * S));
        assertEquals(GossipStatus.ALIVE, t.view("a").status());
    }

    @Test
    void ourOwnRowIsNeverStored() {
        assertEquals(Outcome.IGNORED, t.mergeEntry(e("me", 1, 5, GossipStatus.SUSPECT), "b", 0));
        assertFalse(t.contains("me"));
    }

    @Test
    void selectionFitsTheBudgetSendsNewsFirstThenWhatGrewMost() {
        for (int i = 0; i < 100; i++) {
            t.mergeEntry(e("node-" + i, 1, 1, GossipStatus.ALIVE), "b", 0);
        }
        int budget = 1400 - 60;
        int sentTotal = 0;
        for (int round = 0; round < 20; round++) {
            List<GossipEntry> d = t.select(budget);
            int bytes = d.stream().mapToInt(GossipCodec::entrySize).sum();
            assertTrue(bytes <= budget, bytes + " > " + budget);
            sentTotal += d.size();
        }
        assertTrue(sentTotal >= 100, "every new member went out at least once: " + sentTotal);
        // Now everything is old news; grow two counters, one by a lot.
        for (int i = 0; i < 100; i++) {
            t.select(budget);
        }
        t.mergeEntry(e("node-3", 1, 2, GossipStatus.ALIVE), "b", S);
        t.mergeEntry(e("node-7", 1, 50, GossipStatus.ALIVE), "b", S);
        List<GossipEntry> d = t.select(budget);
        assertEquals(List.of("node-7", "node-3"), d.stream().map(GossipEntry::nodeId).toList());
        assertEquals(List.of(), t.select(budget), "nothing new, nothing sent");
    }

    @Test
    void aDeadVerdictIsPushedSoTheMemberCanHearItButSuspicionIsNot() {
        t.mergeEntry(e("a", 1, 5, GossipStatus.ALIVE), "b", 0);
        while (!t.select(1000).isEmpty()) {
            // drain the news
        }
        t.setVerdict("a", GossipStatus.SUSPECT);
        assertEquals(List.of(), t.select(1000));
        t.mergeEntry(e("a", 1, 6, GossipStatus.ALIVE), "b", S);
        assertEquals(GossipStatus.SUSPECT, t.select(1000).get(0).status(), "reported when the row goes out");
        t.setVerdict("a", GossipStatus.DEAD);
        List<GossipEntry> d = t.select(1000);
        assertEquals(1, d.size());
        assertEquals(GossipStatus.DEAD, d.get(0).status());
    }

    @Test
    void labelsStayWithinTheirPerDatagramBudgetAndNeverPushADigestPast1400Bytes() {
        GossipTable u = new GossipTable("self", GossipTimeouts.failAfter(java.time.Duration.ofSeconds(10)), 3, new Random(3));
        java.util.Map<String, String> big = java.util.Map.of("cluster", "production-eu-west", "role", "database-primary",
                "zone", "eu-west-1a", "rack", "r42-row7", "team", "storage-platform");
        for (int i = 0; i < 80; i++) {
            u.mergeEntry(new GossipEntry("member-" + i, 1, 1, GossipStatus.ALIVE, new InetSocketAddress("10.0.0.1", 7000 + i), big), "b", 0);
        }
        dev.pulsegrid.protocol.Heartbeat self = new dev.pulsegrid.protocol.Heartbeat(dev.pulsegrid.protocol.MessageType.HEARTBEAT,
                "self", 1, 1, 0, 1000, java.util.Map.of());
        java.util.Set<String> withLabels = new java.util.HashSet<>();
        for (int round = 0; round < 60; round++) {
            for (List<GossipEntry> d : u.select(1400 - GossipCodec.baseSize(self), 3)) {
                byte[] bytes = GossipCodec.encode(dev.pulsegrid.protocol.GossipDigest.of(self, d));
                assertTrue(bytes.length <= 1400, bytes.length + " bytes");
                int labelBytes = 0;
                for (GossipEntry e : d) {
                    if (e.meta() != null) {
                        assertEquals(big, e.meta());
                        labelBytes += GossipCodec.metaRecordSize(e.meta());
                        withLabels.add(e.nodeId());
                    }
                }
                assertTrue(labelBytes <= 300, labelBytes + " bytes of labels");
            }
        }
        assertEquals(80, withLabels.size(), "every member's labels went out, a few per datagram");
    }
}
