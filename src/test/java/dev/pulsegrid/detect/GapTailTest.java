package dev.pulsegrid.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GapTailTest {
    static final double WEEK = 604_800_000.0;
    static final double DAY = 86_400_000.0;

    @ParameterizedTest(name = "interval {0} ms, one per {1} ms -> p {2}")
    @CsvSource({
        "1000, 604800000, 1.6534391534e-6",
        "1000, 86400000,  1.1574074074e-5",
        "5000, 3600000,   1.3888888889e-3",
        "1000, 1000,      0.5",
    })
    void exceedanceProbabilityIsIntervalOverBudget(double interval, double budget, double p) {
        assertEquals(p, GapTail.exceedanceProbability(interval, budget), p * 1e-9);
    }

    @ParameterizedTest(name = "{0} abnormal of {1} -> {2}")
    @CsvSource({"0, 598, 0.0016666667", "10, 9998, 0.0011", "99, 98, 1.0"})
    void lossRateEstimateNeverClaimsACleanLink(int abnormal, int n, double expected) {
        assertEquals(expected, GapTail.lossRateEstimate(abnormal, n), 1e-9);
    }

    @ParameterizedTest(name = "loss rate {0}, p {1} -> {2} in a row")
    @CsvSource({
        "0.0016666667, 1.6534391534e-6, 3",
        "0.0011,       1.6534391534e-6, 2",
        "0.01,         1e-6,            3",
        "0.5,          0.001,           10",
        "1e-7,         1e-6,            1",
        "0.1,          1e-5,            5",
    })
    void lossRunLengthIsSmallestKWithRateToTheKBelowP(double rate, double p, int k) {
        assertEquals(k, GapTail.lossRunLength(rate, p));
    }

    @ParameterizedTest(name = "mean excess {0}, variance {1}, {2} samples -> shape {3}")
    @CsvSource({
        "250, 20833.333333, 10, -0.5",  // uniform excesses (-1): bounded, clamped where estimates stay regular
        "100, 0,            10, -0.5",  // all equal: clamped
        "100, 7500,         10, -0.166667", // a short tail
        "100, 10000,        10, 0",     // variance = mean^2: exponential
        "100, 1000000,      10, 0.25",  // heavy tail (0.495): clamped where moment estimates stop being estimates
        "100, 1000000,      4,  0",     // too few to estimate: exponential
    })
    void paretoShapeByMoments(double mean, double var, int samples, double shape) {
        assertEquals(shape, GapTail.paretoShape(mean, var, samples), 1e-6);
    }

    @ParameterizedTest(name = "anchor {0} scale {1} shape {2} k {3} n {4} p {5} -> {6}")
    @CsvSource({
        "2000, 100, 0,   10, 10000, 1e-5, 2460.5170186",
        "3000, 500, -1,  10, 1000,  1e-6, 3499.95",
        "3000, 250, 0.5, 10, 1000,  1e-6, 52500",
        "1000, 50,  0.2, 5,  1000,  5e-3, 1000",
        "2000, 100, 0,   10, 100,   0.5,  2000",
    })
    void paretoTailQuantile(double anchor, double scale, double shape, int k, int n, double p, double expected) {
        assertEquals(expected, GapTail.paretoTailQuantile(anchor, scale, shape, k, n, p), 1e-6);
    }

    /** Known gap samples (ms); named so the table below reads. */
    static GapHistogram sample(String name) {
        GapHistogram h = new GapHistogram();
        switch (name) {
            case "clean" -> { // 1 s heartbeats, 0.1% single losses
                add(h, 1000, 9990);
                add(h, 2000, 10);
            }
            case "lossy" -> { // geometric losses, 10% per heartbeat
                add(h, 1000, 9000);
                add(h, 2000, 900);
                add(h, 3000, 90);
                add(h, 4000, 10);
            }
            case "uniform" -> { // 1000..1990 ms evenly
                for (int j = 0; j < 1000; j++) {
                    h.add(1000 + (j % 100) * 10);
                }
            }
            case "stalls" -> { // 1% sender stalls of 0.5..3 s
                add(h, 1000, 9900);
                for (int j = 0; j < 100; j++) {
                    h.add(1500 + j * 25);
                }
            }
            case "few" -> { // three long gaps: too few for a shape, so an exponential tail
                add(h, 1000, 997);
                h.add(2500);
                h.add(4000);
                h.add(6000);
            }
            default -> throw new IllegalArgumentException(name);
        }
        return h;
    }

    private static void add(GapHistogram h, int ms, int times) {
        for (int i = 0; i < times; i++) {
            h.add(ms);
        }
    }

    static final double YEAR_P = 1000 / 31_536_000_000.0;

    @ParameterizedTest(name = "{0}: interval {1}, abnormal {2}, longest lateness {3}")
    @CsvSource({
        "clean,   1007.5, 10,  15.5",  // 1000 lies in bin [992, 1023]; the middle is the interval
        "lossy,   1007.5, 1000, 15.5",
        "uniform, 1503.5, 0,   486.5", // median 1500 in [1472, 1535]; nothing above 1.5 x 1503.5 = 2255
        "stalls,  1007.5, 98,  503.5", // stalls of 1500 and 1525 ms land at or below 1.5 intervals: "on time"
        "few,     1007.5, 3,   15.5",
    })
    void fitReadsTheBodyOfTheSample(String name, double interval, int abnormal, double lateness) {
        GapTail.Fit f = GapTail.fit(sample(name));
        assertEquals(interval, f.interval(), 1e-9);
        assertEquals(abnormal, f.abnormal());
        assertEquals(lateness, f.lateness(), 1e-9);
    }

    // r = (p - λ^k)/λ^(k-1) of on-time gaps may be later than J. uniform, k 3, λ 0.000998:
    // r = 0.0308, so J is the (1-r) quantile of 1000 on-time gaps: the 970th, 1960 ms, whose bin
    // [1920, 1983] ends 479.5 ms past the interval. clean: r·9990 = 251 gaps, but all lie in one
    // bin, so the quantile is the longest lateness. stalls, k 1: r = p - λ < 0, the longest.
    @ParameterizedTest(name = "{0}: λ {1}, k {2}, p {3} -> J {4}")
    @CsvSource({
        "uniform, 0.000998003992015968,  3, 3.1709791983764586e-08, 479.5",
        "clean,   0.0010997800439912018, 3, 3.1709791983764586e-08, 15.5",
        "stalls,  0.009898020395920816,  4, 3.1709791983764586e-08, 15.5",
        "stalls,  0.009898020395920816,  1, 3.1709791983764586e-08, 503.5",
        "uniform, 0.5,                   2, 0.001,                  486.5",
    })
    void latenessAllowanceSpendsWhatTheLossesLeave(String name, double lossRate, int k, double p, double expected) {
        assertEquals(expected, GapTail.latenessAllowance(GapTail.fit(sample(name)), lossRate, k, p), 1e-9);
    }

    @ParameterizedTest(name = "{0}: off lattice {1}")
    @CsvSource({
        "clean,   false", // every long gap is exactly two intervals: one lost heartbeat
        "lossy,   false", // 2, 3 and 4 intervals
        "uniform, false", // no abnormal gaps at all
        "stalls,  true",  // 1.5 to 4 s spread evenly: most lie between whole intervals
        "few,     true",  // 2.5 s and 6 s are off; 4 s is on: 2 of 3
    })
    void stallsLieOffTheLatticeOfLostHeartbeats(String name, boolean off) {
        assertEquals(off, GapTail.fit(sample(name)).stalls());
    }

    // stalls: every abnormal gap is a stall; the ten longest (3750..3975 ms) in bins [3712, 3839]
    // and [3840, 3967] plus the exact maximum 3975: anchor 3712. few: 2500 and 6000 are off the
    // lattice, 4000 ms is four intervals and within the loss threshold: two episodes. lossy: every
    // gap is whole intervals; above a 3038 ms loss threshold only the ten 4000 ms gaps remain.
    @ParameterizedTest(name = "{0} above {1} ms: anchor {2}, mean excess {3}, variance {4}, count {5}")
    @CsvSource({
        "stalls, 4045.5, 3712, 204.6,  4019.84,    10",
        "few,    4045.5, 2432, 1847.5, 2960120.25, 2",
        "lossy,  8077,   0,    0,      0,          0",
        "lossy,  3038,   3968, 32,     0,          10",
        "clean,  3038,   0,    0,      0,          0",
    })
    void episodesAreTheGapsLossesDoNotExplain(String name, double lossThreshold, double anchor, double mean, double var, int count) {
        double[] e = GapTail.episodes(GapTail.fit(sample(name)), lossThreshold, 10);
        assertEquals(anchor, e[0], 1e-9);
        assertEquals(mean, e[1], 1e-6);
        assertEquals(var, e[2], 1e-3);
        assertEquals(count, e[3], 0);
    }

    // Expected values computed in python3 from the formulas in GapTail's class comment over the
    // sorted sample and the documented bin edges (e.g. 1000 ms lies in [992, 1023]). Read, e.g.:
    // clean at one per year: λ = 11/10002, k = 3 (λ^3 = 1.3e-9 <= 3.2e-8), J 15.5:
    // 3 x 1007.5 + 1.1 x 15.5 = 3039.55: two lost heartbeats in a row are tolerated, three are not.
    // stalls at one per year: k = 4 covers every stall by count, but the stalls lie off the
    // lattice, so the Pareto tail of the ten longest (bounded, shape -0.5) ends at 4322 ms:
    // 1007.5 + 1.1 x (4322.34 - 1007.5) = 4653.83. few: three abnormal gaps, too few for a shape:
    // the longest, 6000 ms, widened: 1007.5 + 1.1 x 4992.5 = 6499.25.
    @ParameterizedTest(name = "{0}: p {1}, margin {2}, prior pause {3} -> {4} ms")
    @CsvSource({
        "clean,   3.1709791983764586e-08, 0.1, 0, 3039.550000",
        "clean,   1.1574074074074073e-05, 0.1, 0, 2032.050000",
        "clean,   0.05, 0, 0, 1023.000000",
        "clean,   0.001, 0, 0, 2030.500000",
        "clean,   3.1709791983764586e-08, 0.1, 3000, 3039.550000",
        "lossy,   3.1709791983764586e-08, 0.1, 0, 8077.050000",
        "lossy,   1.1574074074074073e-05, 0.1, 0, 5054.550000",
        "lossy,   0.05, 0, 0, 2047.000000",
        "lossy,   0.001, 0, 0, 4045.500000",
        "lossy,   3.1709791983764586e-08, 0.1, 3000, 8077.050000",
        "uniform, 3.1709791983764586e-08, 0.1, 0, 5037.950000",
        "uniform, 1.1574074074074073e-05, 0.1, 0, 3534.450000",
        "uniform, 0.05, 0, 0, 1990.000000",
        "uniform, 0.001, 0, 0, 1990.000000",
        "uniform, 3.1709791983764586e-08, 0.1, 3000, 5338.650000",
        "stalls,  3.1709791983764586e-08, 0.1, 0, 4653.827964",
        "stalls,  1.1574074074074073e-05, 0.1, 0, 4584.992197",
        "stalls,  0.05, 0, 0, 1023.000000",
        "stalls,  0.001, 0, 0, 3839.000000",
        "stalls,  3.1709791983764586e-08, 0.1, 3000, 4653.827964",
        "few,     3.1709791983764586e-08, 0.1, 0, 6499.250000",
        "few,     1.1574074074074073e-05, 0.1, 0, 6499.250000",
        "few,     0.05, 0, 0, 1023.000000",
        "few,     0.001, 0, 0, 6000.000000",
        "few,     3.1709791983764586e-08, 0.1, 3000, 6499.250000",
    })
    void thresholdAgainstKnownSamples(String name, double p, double margin, double priorPause, double expectedMs) {
        assertEquals(expectedMs, GapTail.thresholdMs(sample(name), p, 10, margin, priorPause), 1e-5);
    }

    @ParameterizedTest(name = "interval {0}, silence {1}, margin {2} -> {3}")
    @CsvSource({"1000, 4000, 0.1, 4300", "1000, 800, 0.1, 800", "1000, 4000, 0, 4000", "500, 10500, 0.5, 15500"})
    void marginWidensOnlyTheSilenceBeyondOneInterval(double interval, double silence, double margin, double expected) {
        assertEquals(expected, GapTail.widened(interval, silence, margin), 1e-9);
    }

    @Test
    void tighterBudgetNeverShortensTheThreshold() {
        for (String name : new String[] {"clean", "lossy", "uniform", "stalls", "few"}) {
            double before = 0;
            for (double p : new double[] {1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7, YEAR_P, 1e-9}) {
                double t = GapTail.thresholdMs(sample(name), p, 10, 0.1, 3000);
                assertTrue(t >= before, name + " p=" + p + ": " + t + " < " + before);
                before = t;
            }
        }
    }

    @Test
    void thresholdHoldsTheBudgetOnTheSampleItself() {
        // Wherever the sample holds enough exceedances to check, the threshold is exceeded no more
        // often than the budget allows.
        for (String name : new String[] {"clean", "lossy", "uniform", "stalls", "few"}) {
            GapHistogram h = sample(name);
            for (double p : new double[] {0.05, 0.01, 0.002}) {
                double t = GapTail.thresholdMs(h, p, 10, 0, 0);
                int above = h.countAbove((int) Math.ceil(t));
                assertTrue(above <= p * h.total(), name + " p=" + p + " t=" + t + " above=" + above);
            }
        }
    }

    @Test
    void flakierHistoryGetsMoreSlack() {
        double p = GapTail.exceedanceProbability(1000, WEEK);
        assertTrue(GapTail.thresholdMs(sample("clean"), YEAR_P, 10, 0.1, 3000) > 3000, "two lost heartbeats in a row never convict a clean node");
        double clean = GapTail.thresholdMs(sample("clean"), p, 10, 0.1, 3000);
        double lossy = GapTail.thresholdMs(sample("lossy"), p, 10, 0.1, 3000);
        double stalls = GapTail.thresholdMs(sample("stalls"), p, 10, 0.1, 3000);
        assertTrue(clean < stalls && stalls < lossy, clean + " " + stalls + " " + lossy);
        double daily = GapTail.thresholdMs(sample("lossy"), GapTail.exceedanceProbability(1000, DAY), 10, 0.1, 3000);
        assertTrue(daily < lossy, "a looser budget must not lengthen the threshold");
    }
}
