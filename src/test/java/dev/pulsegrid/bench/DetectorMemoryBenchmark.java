package dev.pulsegrid.bench;

import dev.pulsegrid.detect.AdaptiveDetector;
import dev.pulsegrid.detect.ArrivalWindow;
import dev.pulsegrid.detect.FailureDetector;
import dev.pulsegrid.detect.FixedTimeoutDetector;
import dev.pulsegrid.detect.PhiAccrualDetector;
import dev.pulsegrid.detect.PhiAccrualSettings;
import java.util.Locale;

/**
 * Per-node memory of each detector's state (the node's ArrivalWindow with its gap histogram and
 * cached thresholds), measured as heap growth over 100,000 windows that have each seen 600 gaps.
 * Goal for the adaptive detector: under 1 KB per node.
 * Run: {@code mvn -o -q -Pbench test-compile exec:exec -Dbench=DetectorMemoryBenchmark [-Dbench.args=100000]}
 */
public final class DetectorMemoryBenchmark {

    public static void main(String[] args) throws InterruptedException {
        int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        FailureDetector[] detectors = {FixedTimeoutDetector.defaults(), AdaptiveDetector.defaults(),
            PhiAccrualDetector.defaults(), new PhiAccrualDetector(PhiAccrualSettings.akka())};
        for (FailureDetector d : detectors) {
            long before = BenchEnv.usedHeapAfterGc();
            ArrivalWindow[] windows = new ArrivalWindow[nodes];
            for (int i = 0; i < nodes; i++) {
                ArrivalWindow w = new ArrivalWindow(d.windowSize());
                for (int g = 0; g < 600; g++) {
                    w.add(950 + (g * 37 + i) % 100 + (g % 97 == 0 ? 2000 : 0));
                }
                d.deadAfterNanos(w);
                windows[i] = w;
            }
            long after = BenchEnv.usedHeapAfterGc();
            System.out.printf(Locale.ROOT, "%-10s window %4d: %6.0f bytes per node%n",
                    d.describe().substring(0, d.describe().indexOf(' ')), d.windowSize(),
                    (after - before - 16.0 - 4.0 * nodes) / nodes);
            if (windows[nodes - 1].size() < 0) {
                System.out.println("unreachable");
            }
        }
    }
}
