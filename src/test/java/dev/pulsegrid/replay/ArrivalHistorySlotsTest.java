package dev.pulsegrid.replay;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Rings found by membership slot: a slot outlives its node, and the preview thread reads while the writer grows. */
class ArrivalHistorySlotsTest {
    private static final long NOW = 1_800_000_000_000L;

    @Test
    void aReusedSlotStartsAFreshHistoryAndGivesTheOldRingsBytesBack() {
        ArrivalHistory h = new ArrivalHistory();
        for (int i = 0; i < 200; i++) {
            h.record(7, "old", NOW - 300_000 + i * 1000L);
        }
        long oldBytes = h.allocated();
        h.record(7, "new", NOW - 2000);
        h.record(7, "new", NOW - 1000);
        Trace t = h.trace(new int[] {7, 7}, new String[] {"new", "old"}, new boolean[2], NOW);
        assertArrayEquals(new long[] {NOW - 2000, NOW - 1000}, t.arrivals(0), "none of the forgotten node's arrivals");
        assertEquals(0, t.arrivals(1).length, "the old node's (slot, id) no longer matches");
        assertEquals(1, h.nodeCount());
        assertEquals(16, h.allocated(), "one fresh ring; the old one's " + oldBytes + " bytes returned");
    }

    @Test
    void aSlotAskedForWithAnotherIdOrBeyondTheTableIsEmpty() {
        ArrivalHistory h = new ArrivalHistory();
        h.record(0, "a", NOW - 1000);
        Trace t = h.trace(new int[] {0, 0, 1, 100_000}, new String[] {"a", "b", "a", "a"}, new boolean[4], NOW);
        assertEquals(1, t.arrivals(0).length);
        assertEquals(0, t.arrivals(1).length);
        assertEquals(0, t.arrivals(2).length);
        assertEquals(0, t.arrivals(3).length);
    }

    @Test
    void anEqualIdNotTheSameStringKeepsItsHistory() {
        ArrivalHistory h = new ArrivalHistory();
        h.record(3, new String("web-1"), NOW - 2000);
        h.record(3, new String("web-1"), NOW - 1000);
        assertEquals(2, h.trace(new int[] {3}, new String[] {"web-1"}, new boolean[1], NOW).arrivals(0).length);
    }

    @Test
    void pruningEmptiesStaleSlotsOnlyAndTheWriterRefillsThem() {
        ArrivalHistory h = new ArrivalHistory(10_000, 100);
        h.record(0, "gone", NOW - 60_000);
        h.record(1, "here", NOW - 1000);
        h.prune(NOW);
        assertEquals(1, h.nodeCount());
        assertEquals(16, h.allocated());
        h.record(0, "gone", NOW); // back again: a fresh ring
        assertArrayEquals(new long[] {NOW}, h.trace(new int[] {0}, new String[] {"gone"}, new boolean[1], NOW).arrivals(0));
        assertEquals(32, h.allocated());
    }

    @Test
    void aPreviewThreadTracingAndPruningWhileTheWriterGrowsTheTableLosesNothing() throws Exception {
        int nodes = 20_000; // the table grows from 256 slots several times meanwhile
        ArrivalHistory h = new ArrivalHistory();
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        int[] slots = ArrivalHistoryTest.slots(nodes);
        String[] ids = new String[nodes];
        for (int n = 0; n < nodes; n++) {
            ids[n] = "n" + n;
        }
        Thread preview = new Thread(() -> {
            try {
                while (!done.get()) {
                    h.trace(slots, ids, new boolean[nodes], NOW);
                    h.prune(NOW); // nothing is stale: must remove nothing
                }
            } catch (Throwable e) {
                failed.set(e);
            }
        });
        preview.start();
        for (int round = 0; round < 3; round++) {
            for (int n = 0; n < nodes; n++) {
                h.record(n, ids[n], NOW - 3000 + round * 1000L);
            }
        }
        done.set(true);
        preview.join();
        assertEquals(null, failed.get());
        Trace t = h.trace(slots, ids, new boolean[nodes], NOW);
        for (int n = 0; n < nodes; n++) {
            assertArrayEquals(new long[] {NOW - 3000, NOW - 2000, NOW - 1000}, t.arrivals(n), ids[n]);
        }
        assertEquals(nodes, h.nodeCount());
        assertEquals(16L * nodes, h.allocated());
    }
}
