package dev.pulsegrid.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AdaptiveDetectorTest {

    private static ArrivalWindow history(int normal, int... extra) {
        ArrivalWindow w = new ArrivalWindow(AdaptiveDetector.WINDOW);
        for (int i = 0; i < normal; i++) {
            w.add(1000);
        }
        for (int v : extra) {
            w.add(v);
        }
        return w;
    }

    @Test
    void fallsBackToFixedTimeoutsUntilEnoughHistory() {
        AdaptiveDetector d = AdaptiveDetector.defaults();
        ArrivalWindow w = history(59);
        assertTrue(d.learning(w));
        assertEquals(3_000_000_000L, d.suspectAfterNanos(w));
        assertEquals(10_000_000_000L, d.deadAfterNanos(w));
        w.add(1000);
        assertTrue(!d.learning(w));
        assertTrue(d.deadAfterNanos(w) < 10_000_000_000L);
    }

    @Test
    void thresholdsAreTheTailEstimateForEachBudget() {
        AdaptiveDetector d = AdaptiveDetector.defaults();
        ArrivalWindow w = history(9990);
        for (int i = 0; i < 10; i++) {
            w.add(2000);
        }
        GapHistogram g = w.histogram();
        double interval = (992 + 1023) / 2.0;
        double suspect = GapTail.thresholdMs(g, interval / 86_400_000.0, 10, 0.1, 3000);
        double dead = GapTail.thresholdMs(g, interval / 31_536_000_000.0, 10, 0.1, 3000);
        assertEquals(Math.round(suspect * 1e6), d.suspectAfterNanos(w));
        assertEquals(Math.round(dead * 1e6), d.deadAfterNanos(w));
        // python3: one loss in a thousand, one false DEAD a year: three losses in a row convict,
        // two do not: 3 x 1007.5 + 1.1 x 15.5 lateness; the ten 2000 ms gaps lie on the lattice of
        // lost heartbeats, so no stall tail; ten abnormal gaps retire the prior pause:
        assertEquals(3039.55, dead, 1e-6);
        // one false SUSPECT a day: one loss is tolerated, two are not: 2 x 1007.5 + 1.1 x 15.5
        assertEquals(2032.05, suspect, 1e-6);
    }

    @Test
    void cleanNodeIsConvictedFasterThanFixedAndFlakyNodeGetsSlack() {
        AdaptiveDetector d = AdaptiveDetector.defaults();
        ArrivalWindow clean = history(3600);
        // every gap exactly 1000 ms: interval 1000, no lateness; 1000 + 1.1 x 3000 prior pause
        assertEquals(4_300_000_000L, d.deadAfterNanos(clean), "prior pause until losses are seen");
        for (int i = 0; i < 10; i++) {
            clean.add(2000);
            for (int j = 0; j < 100; j++) {
                clean.add(1000);
            }
        }
        ArrivalWindow flaky = history(3000);
        for (int i = 0; i < 30; i++) {
            flaky.add(6000); // five heartbeats lost in a row, every two minutes
            for (int j = 0; j < 20; j++) {
                flaky.add(1000);
            }
        }
        assertTrue(d.deadAfterNanos(clean) < 4_000_000_000L, "clean: " + d.deadAfterNanos(clean));
        assertTrue(d.deadAfterNanos(flaky) > 6_000_000_000L, "flaky: " + d.deadAfterNanos(flaky));
    }

    @Test
    void surpriseRefreshesAtOnceOrdinaryGapsEverySixteen() {
        AdaptiveDetector d = AdaptiveDetector.defaults();
        ArrivalWindow w = history(600);
        long before = d.deadAfterNanos(w);
        w.add(1000);
        assertEquals(before, d.deadAfterNanos(w), "cached between refreshes");
        w.add(9000);
        assertTrue(d.deadAfterNanos(w) > 9_000_000_000L, "a 9 s gap is news: " + d.deadAfterNanos(w));
    }

    @Test
    void burstLongerThanThePriorKeepsTheFallbackAsFloorUntilTheTailIsLearned() {
        AdaptiveDetector d = AdaptiveDetector.defaults();
        ArrivalWindow w = history(600);
        assertEquals(4_300_000_000L, d.deadAfterNanos(w), "every gap 1000 ms: 1000 + 1.1 x 3000, the prior pause");
        w.add(7000); // a loss burst: the prior of 3 s was wrong for this node
        // now interval 1007.5 (the middle of 1000's bin) and lateness 15.5; the longest seen widened, 1007.5 + 1.1 x (7000 - 1007.5) = 7599.25 ms, is the suspect
        // threshold; a next burst longer than this one is likely, so DEAD waits the fallback's 10 s
        assertEquals(7_599_250_000L, d.suspectAfterNanos(w));
        assertEquals(10_000_000_000L, d.deadAfterNanos(w));
        for (int i = 0; i < 9; i++) {
            for (int j = 0; j < 100; j++) {
                w.add(1000);
            }
            w.add(7000);
        }
        // ten abnormal gaps: the prior retires with its floor, and ten bursts of 7 s give a tail fit
        long learned = d.deadAfterNanos(w);
        assertTrue(learned > 7_000_000_000L && learned < 10_000_000_000L, "learned: " + learned);
    }

    @Test
    void tighterBudgetNeverShortensThresholds() {
        ArrivalWindow w = history(2000, 2000, 2000, 3000, 1500, 2500);
        AdaptiveDetector loose = new AdaptiveDetector(new AdaptiveSettings(Duration.ofHours(1), Duration.ofHours(6), 60, 10,
                0.1, Duration.ofSeconds(3), FixedTimeoutDetector.defaults()));
        AdaptiveDetector strict = AdaptiveDetector.defaults();
        assertTrue(loose.deadAfterNanos(w) <= strict.deadAfterNanos(w));
        assertTrue(strict.suspectAfterNanos(w) <= strict.deadAfterNanos(w));
    }

    @Test
    void duplicateHeavyHistoryFallsBackInsteadOfConvictingAtOnce() {
        AdaptiveDetector d = AdaptiveDetector.defaults();
        ArrivalWindow w = new ArrivalWindow(AdaptiveDetector.WINDOW);
        for (int i = 0; i < 200; i++) {
            w.add(0); // every heartbeat arrives twice in the same millisecond
            w.add(i % 3 == 0 ? 999 : 1000);
        }
        w.add(0);
        assertEquals(3_000_000_000L, d.suspectAfterNanos(w));
        assertEquals(10_000_000_000L, d.deadAfterNanos(w));
    }

    @Test
    void settingsRejectNonsense() {
        FixedTimeoutDetector f = FixedTimeoutDetector.defaults();
        assertThrows(IllegalArgumentException.class, () -> new AdaptiveSettings(Duration.ofDays(7), Duration.ofDays(1), 60, 10, 0.1, Duration.ofSeconds(3), f));
        assertThrows(IllegalArgumentException.class, () -> new AdaptiveSettings(Duration.ZERO, Duration.ofDays(1), 60, 10, 0.1, Duration.ofSeconds(3), f));
        assertThrows(IllegalArgumentException.class, () -> new AdaptiveSettings(Duration.ofDays(1), Duration.ofDays(7), 1, 10, 0.1, Duration.ofSeconds(3), f));
        assertThrows(IllegalArgumentException.class, () -> new AdaptiveSettings(Duration.ofDays(1), Duration.ofDays(7), 60, 10, -0.1, Duration.ofSeconds(3), f));
        assertThrows(IllegalArgumentException.class, () -> new AdaptiveSettings(Duration.ofDays(1), Duration.ofDays(7), 60, 10, 0.1, Duration.ofSeconds(-3), f));
        assertEquals("adaptive false-suspect 1/1d false-dead 1/365d margin 10% prior-pause 3s (fixed 3s/10s until 60 gaps)",
                AdaptiveDetector.defaults().describe());
    }
}
