package dev.pulsegrid.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How long a transition can wait for the next snapshot: publishes happen only on ticks, so what the
 * grid sees is the realised spacing of publishes on a drifting tick, not 1/publishHz.
 */
class MonitorPublishCadenceTest {

    @ParameterizedTest(name = "{0} Hz on {1} ms ticks publishes every {2} ms")
    @CsvSource({
            // the defaults: every second tick, so a transition waits at most 8 ms for a snapshot
            "125, 4, 8",
            // the old defaults: every second 10 ms tick, 20 ms, more than a frame
            "60, 10, 20",
            "50, 10, 20",
            "100, 10, 10",
            "1000, 4, 4",
    })
    void publishesLandOnTheTickNearestTheInterval(int hz, int tickMillis, int expectedMillis) {
        long gap = Monitor.publishGapNanos(hz, tickMillis);
        Random jitter = new Random(7);
        long last = 0;
        long longest = 0;
        long shortest = Long.MAX_VALUE;
        for (int k = 1; k <= 5_000; k++) {
            // a scheduled tick fires up to 0.2 ms late
            long now = k * tickMillis * 1_000_000L + jitter.nextInt(200_000);
            if (now - last >= gap) {
                if (last > 0) {
                    longest = Math.max(longest, now - last);
                    shortest = Math.min(shortest, now - last);
                }
                last = now;
            }
        }
        assertEquals(expectedMillis, Math.round(longest / 1e6), "longest wait between snapshots");
        assertEquals(expectedMillis, Math.round(shortest / 1e6), "shortest wait between snapshots");
    }

    @ParameterizedTest(name = "{0} ms since the last, changes={1}, transitions={2}: publish={3}")
    @CsvSource({
            // heartbeats alone wait for the 8 ms gap (every slot is copied per snapshot)
            "4,    true,  false, false",
            "8,    true,  false, true",
            // a state change goes out on the next tick, gap or not
            "0,    true,  true,  true",
            "4,    true,  true,  true",
            // nothing changed: only the once-a-second refresh of heartbeats/s
            "8,    false, false, false",
            "999,  false, false, false",
            "1000, false, false, true",
    })
    void aTransitionDoesNotWaitForThePublishGap(long sinceMillis, boolean changes, boolean transitions, boolean publish) {
        long gap = Monitor.publishGapNanos(MonitorConfig.DEFAULT_PUBLISH_HZ, MonitorConfig.DEFAULT_TICK_MILLIS);
        assertEquals(publish, Monitor.publishDue(sinceMillis * 1_000_000L, gap, changes, transitions));
    }

    @Test
    void theDefaultsPublishWithinOneFrame() {
        long tick = MonitorConfig.DEFAULT_TICK_MILLIS * 1_000_000L;
        long gap = Monitor.publishGapNanos(MonitorConfig.DEFAULT_PUBLISH_HZ, MonitorConfig.DEFAULT_TICK_MILLIS);
        long realised = (gap + tick - 1) / tick * tick; // the first tick at or after the gap
        assertTrue(realised < 1_000_000_000L / 60, "snapshot spacing " + realised / 1e6 + " ms vs a 60 Hz frame");
    }
}
