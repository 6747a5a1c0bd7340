package dev.pulsegrid.cluster.gossip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whom a member feeds its heartbeat, and when a watcher may judge at all. */
class WatcherFeedTest {
    static final long S = 1_000_000_000L;
    static final InetSocketAddress A = new InetSocketAddress("10.0.0.1", 7946);
    static final InetSocketAddress B = new InetSocketAddress("10.0.0.2", 7946);
    static final InetSocketAddress C = new InetSocketAddress("10.0.0.3", 7946);

    @Test
    void aReplacedWatcherIsFedForTheGraceTimeThenDropped() {
        WatcherFeed f = new WatcherFeed(S);
        assertEquals(List.of(A, B), f.feed(List.of(A, B), 10 * S, 0));
        assertEquals(List.of(C, B, A), f.feed(List.of(C, B), 10 * S, 1 * S)); // a newcomer C outranks A
        assertEquals(List.of(C, B, A), f.feed(List.of(C, B), 10 * S, 10 * S));
        assertEquals(List.of(C, B), f.feed(List.of(C, B), 10 * S, 11 * S)); // 10 s after it was replaced
    }

    @Test
    void aWatcherChosenAgainIsNoLongerFormer() {
        WatcherFeed f = new WatcherFeed(S);
        f.feed(List.of(A), 10 * S, 0);
        f.feed(List.of(B), 10 * S, S);
        assertEquals(List.of(A, B), f.feed(List.of(A), 10 * S, 2 * S)); // A current again (not also former), B former
        assertEquals(List.of(B, A), f.feed(List.of(B), 10 * S, 3 * S));
    }

    @Test
    void formerWatchersAreBoundedWhateverTheChurn() {
        WatcherFeed f = new WatcherFeed(S);
        for (int i = 0; i < 50; i++) {
            InetSocketAddress w = new InetSocketAddress("10.0.1." + i, 7946);
            assertTrue(f.feed(List.of(w), 1000 * S, i * S).size() <= 1 + WatcherFeed.MAX_FORMER);
        }
    }

    @Test
    void judgesOnlyAfterSilentRoundsOfRegularRoundsAndAgainAfterAStall() {
        WatcherFeed f = new WatcherFeed(S);
        for (int r = 0; r < Watchers.SILENT_ROUNDS; r++) {
            assertFalse(f.judging(r * S), "round " + r);
        }
        assertTrue(f.judging(Watchers.SILENT_ROUNDS * S));
        long stalled = 30 * S; // 25 s without a round: our own pause, not their silence
        assertFalse(f.judging(stalled));
        for (int r = 1; r < Watchers.SILENT_ROUNDS; r++) {
            assertFalse(f.judging(stalled + r * S));
        }
        assertTrue(f.judging(stalled + Watchers.SILENT_ROUNDS * S));
    }
}
