package dev.pulsegrid.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SelfPauseGuardTest {
    static final long MS = 1_000_000L;

    @ParameterizedTest(name = "expected {0} ms, observed {1} ms, tolerance {2} ms -> pause {3} ms")
    @CsvSource({"100, 100, 250, 0", "100, 350, 250, 0", "100, 351, 250, 251", "100, 30100, 250, 30000", "100, 0, 250, 0"})
    void pauseIsLatenessBeyondTolerance(long expected, long observed, long tolerance, long pause) {
        assertEquals(pause * MS, SelfPauseGuard.pauseNanos(expected * MS, observed * MS, tolerance * MS));
    }

    /** Membership's rule with the guard: silence counts from guard.silentSince(lastHeard). */
    private static boolean dead(SelfPauseGuard g, long now, long lastHeard, long deadAfter) {
        return now - g.silentSince(lastHeard) >= deadAfter;
    }

    @Test
    void thirtySecondJumpInVirtualTimeConvictsNoOne() {
        SelfPauseGuard g = new SelfPauseGuard(100 * MS, 250 * MS);
        long deadAfter = 10_000 * MS;
        long now = 0;
        long lastHeardA = 0;
        long lastHeardB = 0;
        for (int i = 0; i < 50; i++) { // 5 s of normal ticks, both nodes heard every second
            now += 100 * MS;
            assertEquals(0, g.onTick(now));
            if (now % (1000 * MS) == 0) {
                lastHeardA = now;
                lastHeardB = now;
            }
        }
        now += 30_000 * MS; // the monitor stalls for 30 s (GC, debugger)
        assertEquals(29_900 * MS, g.onTick(now));
        assertTrue(g.holding(now, deadAfter));
        assertFalse(dead(g, now, lastHeardA, deadAfter), "without the guard A would be 30 s silent");
        assertFalse(dead(g, now, lastHeardB, deadAfter));

        // A's queued heartbeat arrives; B really died during the stall and stays silent.
        lastHeardA = now + 5 * MS;
        for (int i = 0; i < 99; i++) {
            now += 100 * MS;
            g.onTick(now);
            assertFalse(dead(g, now, lastHeardB, deadAfter), "B judged before a full threshold of watching");
            if (i % 10 == 0) {
                lastHeardA = now;
            }
        }
        now += 100 * MS;
        g.onTick(now);
        assertTrue(dead(g, now, lastHeardB, deadAfter), "B convicted one threshold after the resume");
        assertFalse(dead(g, now, lastHeardA, deadAfter));
        assertFalse(g.holding(now, deadAfter));
        assertEquals(1, g.pauses());
        assertEquals(29_900 * MS, g.lastPauseNanos());
    }

    @Test
    void neverPausedGuardChangesNothing() {
        SelfPauseGuard g = new SelfPauseGuard(100 * MS, 250 * MS);
        assertEquals(0, g.onTick(5));
        assertEquals(42, g.silentSince(42));
        assertFalse(g.holding(1_000 * MS, 10_000 * MS));
    }
}
