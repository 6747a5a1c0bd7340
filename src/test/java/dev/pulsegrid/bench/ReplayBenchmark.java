package dev.pulsegrid.bench;

import dev.pulsegrid.detect.AdaptiveDetector;
import dev.pulsegrid.detect.FailureDetector;
import dev.pulsegrid.detect.FixedTimeoutDetector;
import dev.pulsegrid.detect.PhiAccrualDetector;
import dev.pulsegrid.detect.PhiAccrualSettings;
import dev.pulsegrid.replay.QosSummary;
import dev.pulsegrid.replay.Replayer;
import dev.pulsegrid.replay.Trace;
import dev.pulsegrid.replay.TraceFamily;
import dev.pulsegrid.replay.TraceGenerator;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * The what-if preview figure of issue 4: replaying 10 minutes of 1 Hz history for 10,000 nodes
 * (about 6 million arrivals, mixed family) through each detector, single-threaded. Goal: < 250 ms.
 * Prints wall time and this thread's CPU time: on a shared machine the CPU time is the cost of the
 * replay itself, the wall time what a user waited.
 *
 * <p>Run: {@code mvn -o -q -Pbench test-compile exec:exec -Dbench=ReplayBenchmark [-Dbench.args="10000 10 10"]}
 * (arguments: nodes, minutes, timed runs).
 */
public final class ReplayBenchmark {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) {
        int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int minutes = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        Trace t = TraceGenerator.generate(new TraceGenerator.Settings(TraceFamily.MIXED, nodes, minutes * 60_000L, 1_000,
                0.05, minutes * 30_000L, 7));
        System.out.printf(Locale.ROOT, "what-if replay: %d nodes, %d min of 1 Hz history, %,d arrivals; %d timed runs after %d warm-up%n",
                nodes, minutes, t.arrivalCount(), runs, runs);
        FailureDetector[] detectors = {FixedTimeoutDetector.defaults(), PhiAccrualDetector.defaults(),
            new PhiAccrualDetector(PhiAccrualSettings.akka()), AdaptiveDetector.defaults()};
        for (FailureDetector d : detectors) {
            long sink = 0;
            for (int i = 0; i < runs; i++) {
                sink += Replayer.run(t, d).falseSuspicions();
            }
            long[] ns = new long[runs];
            long[] cpu = new long[runs];
            QosSummary q = null;
            for (int i = 0; i < runs; i++) {
                long c0 = THREADS.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                q = Replayer.run(t, d);
                ns[i] = System.nanoTime() - t0;
                cpu[i] = THREADS.getCurrentThreadCpuTime() - c0;
                sink += q.falseSuspicions();
            }
            Arrays.sort(ns);
            Arrays.sort(cpu);
            System.out.printf(Locale.ROOT, "%-10s wall median %6.1f ms (min %6.1f, max %6.1f)  cpu median %6.1f ms (min %6.1f)  %.1f ns/arrival cpu%s%n",
                    d.describe().substring(0, d.describe().indexOf(' ')) + (d instanceof PhiAccrualDetector p
                            && p.settings().maxSampleSize() == 1000 ? "-akka" : ""),
                    ns[runs / 2] / 1e6, ns[0] / 1e6, ns[runs - 1] / 1e6, cpu[runs / 2] / 1e6, cpu[0] / 1e6,
                    (double) cpu[runs / 2] / t.arrivalCount(), sink == -1 ? "" : "");
        }
    }
}
