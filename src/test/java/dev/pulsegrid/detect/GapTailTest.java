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
        "100, 1000000,      10, 0.495", // heavy tail
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

    // Expected values computed in python3 from the formulas in GapTail's class comment over the
    // sorted sample and the documented bin edges (e.g. 1000 ms lies in [992, 1023]).
    @ParameterizedTest(name = "{0}: p {1}, margin {2}, prior pause {3} -> {4} ms")
    @CsvSource({
        "clean,    1.6534391534391535e-06, 0.1, 0, 2233.550000",
        "clean,    1.1574074074074073e-05, 0.1, 0, 2233.550000",
        "clean,    0.05, 0.0, 0, 1023.000000",
        "clean,    0.001, 0, 0, 2030.500000",
        "clean,    1.6534391534391535e-06, 0.1, 3000, 2233.550000",
        "lossy,    1.6534391534391535e-06, 0.1, 0, 6666.550000",
        "lossy,    1.1574074074074073e-05, 0.1, 0, 5558.300000",
        "lossy,    0.05, 0.0, 0, 2047.000000",
        "lossy,    0.001, 0, 0, 4045.500000",
        "lossy,    1.6534391534391535e-06, 0.1, 3000, 6666.550000",
        "uniform,  1.6534391534391535e-06, 0.1, 0, 3842.850000",
        "uniform,  1.1574074074074073e-05, 0.1, 0, 3842.850000",
        "uniform,  0.05, 0.0, 0, 1990.000000",
        "uniform,  0.001, 0, 0, 1990.000000",
        "uniform,  1.6534391534391535e-06, 0.1, 3000, 5489.000000",
        "stalls,   1.6534391534391535e-06, 0.1, 0, 4730.925491",
        "stalls,   1.1574074074074073e-05, 0.1, 0, 4685.742197",
        "stalls,   0.05, 0.0, 0, 1511.000000",
        "stalls,   0.001, 0, 0, 3839.000000",
        "stalls,   1.6534391534391535e-06, 0.1, 3000, 4730.925491",
        "few,      1.6534391534391535e-06, 0.1, 0, 17416.595969",
        "few,      1.1574074074074073e-05, 0.1, 0, 13593.660890",
        "few,      0.05, 0.0, 0, 1023.000000",
        "few,      0.001, 0, 0, 6000.000000",
        "few,      1.6534391534391535e-06, 0.1, 3000, 17416.595969",
    })
    void thresholdAgainstKnownSamples(String name, double p, double margin, double priorPause, double expectedMs) {
        assertEquals(expectedMs, GapTail.thresholdMs(sample(name), p, 10, margin, priorPause), 1e-5);
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
        double clean = GapTail.thresholdMs(sample("clean"), p, 10, 0.1, 3000);
        double lossy = GapTail.thresholdMs(sample("lossy"), p, 10, 0.1, 3000);
        double stalls = GapTail.thresholdMs(sample("stalls"), p, 10, 0.1, 3000);
        assertTrue(clean < stalls && stalls < lossy, clean + " " + stalls + " " + lossy);
        double daily = GapTail.thresholdMs(sample("lossy"), GapTail.exceedanceProbability(1000, DAY), 10, 0.1, 3000);
        assertTrue(daily < lossy, "a looser budget must not lengthen the threshold");
    }
}
