package dev.pulsegrid.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhiAccrualDetectorTest {

    // Expected values computed independently in python3 from Akka's formula
    // (y=(t-m)/s; e=exp(-y*(1.5976+0.070566*y^2)); phi=-log10(e/(1+e))).
    @ParameterizedTest(name = "phi({0} ms | mean {1}, sd {2}) = {3}")
    @CsvSource({
        "1000, 1000, 100, 0.3010299957",
        "1100, 1000, 100, 0.7995083208",
        "1200, 1000, 100, 1.6428278855",
        "1500, 1000, 100, 7.2999473945",
        "4500, 4000, 100, 7.2999473945",
        "4560, 4000, 100, 9.2674441094",
        "900,  1000, 100, 0.0750330321",
        "500,  1000, 100, 0.0000000218",
        "2000, 1000, 200, 7.2999473945",
        "3000, 1000, 500, 4.7366945827",
    })
    void phiMatchesHandComputedTable(double t, double mean, double sd, double expected) {
        assertEquals(expected, PhiAccrualDetector.phi(t, mean, sd), 1e-9);
    }

    // Expected silences found in python3 by bisection on the same formula, not by the cubic.
    @ParameterizedTest(name = "phi reaches {0} after {3} ms (mean {1}, sd {2})")
    @CsvSource({
        "1,   1000, 100, 1128.221534",
        "5,   1000, 100, 1411.919149",
        "8,   1000, 100, 1522.598664",
        "8,   4000, 100, 4522.598664",
        "5,   4000, 100, 4411.919149",
        "3,   2000, 250, 2764.734455",
        "12,  1000, 300, 2887.637229",
        "0.1, 1000, 100, 917.869242",
    })
    void silenceForPhiMatchesBisection(double threshold, double mean, double sd, double expectedMs) {
        assertEquals(expectedMs, PhiAccrualDetector.silenceForPhi(threshold, mean, sd), 1e-5);
    }

    @ParameterizedTest
    @CsvSource({"0.05", "0.5", "1", "2.5", "5", "8", "12", "16"})
    void inverseIsConsistentWithPhi(double threshold) {
        for (double sd : new double[] {10, 100, 777}) {
            double t = PhiAccrualDetector.silenceForPhi(threshold, 1234, sd);
            assertEquals(threshold, PhiAccrualDetector.phi(t, 1234, sd), 1e-9 * Math.max(1, threshold));
        }
    }

    @Test
    void phiGrowsWithSilence() {
        double prev = -1;
        for (int t = 0; t <= 3000; t += 10) {
            double p = PhiAccrualDetector.phi(t, 1000, 150);
            assertTrue(p >= prev, "phi fell at " + t);
            prev = p;
        }
    }

    @Test
    void regularNodeUsesMinStdDevAndPauseShift() {
        ArrivalWindow w = new ArrivalWindow(200);
        for (int i = 0; i < 50; i++) {
            w.add(1000);
        }
        PhiAccrualDetector d = PhiAccrualDetector.defaults();
        // sd 0 -> 100 ms floor; mean 1000 + 3000 pause; values as in the table above.
        assertEquals(4_411_919_149L, d.suspectAfterNanos(w), 2_000);
        assertEquals(4_522_598_664L, d.deadAfterNanos(w), 2_000);
        assertEquals(5.0 / 8.0, d.suspicionLevel(d.suspectAfterNanos(w), w), 1e-6);
    }

    @Test
    void fewerThanTwoSamplesUseFirstHeartbeatEstimate() {
        PhiAccrualDetector d = PhiAccrualDetector.defaults();
        ArrivalWindow w = new ArrivalWindow(200);
        // mean 1000 (+3000 pause), sd 1000/4 = 250: 4000 + 250 * 5.22598664 (z for phi 8)
        assertEquals(5_306_496_660L, d.deadAfterNanos(w), 5_000);
        w.add(1000);
        assertEquals(5_306_496_660L, d.deadAfterNanos(w), 5_000);
        w.add(1000);
        assertEquals(4_522_598_664L, d.deadAfterNanos(w), 2_000);
    }

    @Test
    void jitteryNodeGetsMoreSlack() {
        ArrivalWindow w = new ArrivalWindow(200);
        for (int i = 0; i < 100; i++) {
            w.add(i % 2 == 0 ? 700 : 1300); // mean 1000, sd exactly 300
        }
        PhiAccrualDetector d = PhiAccrualDetector.defaults();
        assertEquals(4000 + 300 * PhiAccrualDetector.zForPhi(8), d.deadAfterNanos(w) / 1e6, 1e-3);
        assertTrue(d.deadAfterNanos(w) > 4_522_598_664L + 500_000_000L);
    }

    @Test
    void settingsRejectNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new PhiAccrualSettings(9, 8, Duration.ofMillis(100),
                Duration.ofSeconds(3), 100, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new PhiAccrualSettings(0, 8, Duration.ofMillis(100),
                Duration.ofSeconds(3), 100, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new PhiAccrualSettings(5, 8, Duration.ZERO,
                Duration.ofSeconds(3), 100, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new PhiAccrualSettings(5, 8, Duration.ofMillis(100),
                Duration.ofSeconds(3), 1, Duration.ofSeconds(1)));
    }

    @Test
    void describeNamesEverySetting() {
        assertEquals("phi suspect 5.0 dead 8.0 min-std 100ms pause 3s window 200", PhiAccrualDetector.defaults().describe());
    }
}
