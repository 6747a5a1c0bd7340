package dev.pulsegrid.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FlapHistoryTest {
    private static final long S = 1_000_000_000L;

    @Test
    void keepsTheNewestChangesUpToNagiosTwentyOneSamples() {
        FlapHistory h = new FlapHistory();
        h.add(0);
        assertEquals(1, h.held());
        assertEquals(6.0, h.percent(0), 1e-9, "one change just now: 1.2 of 20");
        for (int i = 1; i < 100; i++) {
            h.add(i * S);
        }
        assertEquals(FlapHistory.CAPACITY, h.held());
        long now = 99 * S;
        long[] newest = new long[FlapHistory.CAPACITY];
        for (int i = 0; i < newest.length; i++) {
            newest[i] = (99 - i) * S;
        }
        assertEquals(FlapScore.percent(newest, newest.length, now, FlapScore.WINDOW_NANOS), h.percent(now), 1e-9,
                "the ring wrapped and kept the 21 newest");
        assertEquals(0.0, h.percent(now + FlapScore.WINDOW_NANOS + 99 * S), 1e-9, "all aged out");
    }
}
