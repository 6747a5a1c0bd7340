package dev.pulsegrid.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RefutedPriorTest {

    // 600 gaps of 1000 ms: interval 1007.5, lateness 15.5, so the prior's threshold with a 3 s pause is
    // 1007.5 + (1 + margin)·(15.5 + 3000): 4023 ms at margin 0, 4324.55 at 0.1. The loss threshold at
    // one a year with one abnormal gap: λ = (a+1)/(n+2) = 2/603, k = ceil(ln p / ln λ) = ceil(3.02) = 4,
    // J = 15.5, so 4 x 1007.5 + 1.1 x 15.5 = 4047.05 (4045.5 at margin 0); with nine, λ = 10/611, k = 5:
    // 5054.55. The longest gap must pass the larger of the two while fewer than tailK (10) are abnormal.
    @ParameterizedTest(name = "{0} x 1000 ms, then {1} x {2} ms, margin {3}, prior {4}: refuted {5}")
    @CsvSource({
        "600, 1, 7000, 0.1, 3000, true",   // a 7 s burst on a node that had shown none
        "600, 1, 4000, 0.1, 3000, false",  // within the prior: the prior stands
        "600, 1, 4300, 0.1, 3000, false",  // not past 4324.55: the margin widens the prior too
        "600, 1, 4400, 0.1, 3000, true",   // past it
        "600, 1, 4040, 0,   3000, false",  // past the prior's 4023 at margin 0, not past the losses' 4045.5
        "600, 1, 4100, 0,   3000, true",
        "600, 1, 2000, 0.1, 0,    false",  // no prior pause: one lost heartbeat is the loss model's, refutes nothing
        "600, 9, 7000, 0.1, 3000, true",   // nine abnormal gaps: the prior still stands, and is refuted
        "600, 10, 7000, 0.1, 3000, false", // ten retire the prior: the tail fit takes over
        "600, 0, 0, 0.1, 3000, false",     // a clean node
    })
    void priorIsRefutedByAGapNeitherLossesNorThePriorExplain(int normal, int times, int ms, double margin, double prior,
                                                             boolean refuted) {
        GapHistogram h = new GapHistogram();
        add(h, 1000, normal);
        add(h, ms, times);
        assertEquals(refuted, RefutedPrior.test(GapTail.fit(h), GapTailTest.YEAR_P, 10, margin, prior));
    }

    @ParameterizedTest(name = "600 x 1000 ms, then {0} x 7000 ms, margin {1} -> {2} ms")
    @CsvSource({
        "1, 0.1, 4047.05", // k 4 (see above): 4 x 1007.5 + 1.1 x 15.5
        "1, 0,   4045.5",
        "9, 0.1, 5054.55", // k 5: 5 x 1007.5 + 1.1 x 15.5
    })
    void lossThresholdIsWholeLostIntervalsPlusWidenedLateness(int times, double margin, double expected) {
        GapHistogram h = new GapHistogram();
        add(h, 1000, 600);
        add(h, 7000, times);
        assertEquals(expected, RefutedPrior.lossThresholdMs(GapTail.fit(h), GapTailTest.YEAR_P, margin), 1e-9);
    }

    private static void add(GapHistogram h, int ms, int times) {
        for (int i = 0; i < times; i++) {
            h.add(ms);
        }
    }
}
