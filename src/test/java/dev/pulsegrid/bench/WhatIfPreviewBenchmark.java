package dev.pulsegrid.bench;

import dev.pulsegrid.cluster.ClusterSnapshot;
import dev.pulsegrid.cluster.NodeState;
import dev.pulsegrid.cluster.NodeView;
import dev.pulsegrid.detect.AdaptiveDetector;
import dev.pulsegrid.detect.FailureDetector;
import dev.pulsegrid.detect.FixedTimeoutDetector;
import dev.pulsegrid.detect.PhiAccrualDetector;
import dev.pulsegrid.replay.ArrivalHistory;
import dev.pulsegrid.replay.Trace;
import dev.pulsegrid.replay.TraceFamily;
import dev.pulsegrid.replay.TraceGenerator;
import dev.pulsegrid.replay.WhatIf;
import dev.pulsegrid.ui.WhatIfPreviewer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Issue 4's figure: the tuning panel's what-if preview over 10 minutes of history for 10,000 nodes
 * returns within 250 ms. Measures the preview path end to end as the panel runs it: the snapshot's
 * nodes, a fresh copy of the arrival history ({@link ArrivalHistory}, fed as the membership thread
 * feeds it) into a trace, and the parallel replay with incidents ({@link WhatIf}); then the same with
 * the copy reused (what every further request of one drag costs). Prints wall medians and the load.
 *
 * <p>Run: {@code mvn -o -q -Pbench test-compile exec:exec -Dbench=WhatIfPreviewBenchmark [-Dbench.args="10000 10 10"]}
 * (arguments: nodes, minutes, timed runs).
 */
public final class WhatIfPreviewBenchmark {

    public static void main(String[] args) throws Exception {
        int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int minutes = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        long span = minutes * 60_000L;
        Trace t = TraceGenerator.generate(new TraceGenerator.Settings(TraceFamily.MIXED, nodes, span, 1_000, 0.05,
                span / 2, 7));
        long now = 1_800_000_000_000L;
        ArrivalHistory history = new ArrivalHistory(span, ArrivalHistory.DEFAULT_MAX_PER_NODE);
        NodeView[] views = new NodeView[nodes];
        for (int i = 0; i < nodes; i++) {
            long[] a = t.arrivals(i);
            for (long ms : a) {
                history.record(i, t.node(i), now - span + ms);
            }
            NodeState state = t.crashes(i).length > 0 ? NodeState.DEAD : NodeState.ALIVE;
            views[i] = new NodeView(i, t.node(i), state, 1, a.length, null, Map.of(), 0, now, 0, 3_000_000_000L,
                    10_000_000_000L, 1000, a.length, "native", null, false);
        }
        ClusterSnapshot s = new ClusterSnapshot(1, 0, now, views, nodes, new int[NodeState.values().length], 0, null,
                null, 0, 0);
        WhatIfPreviewer previewer = new WhatIfPreviewer(history);
        System.out.printf(Locale.ROOT, "what-if preview end to end: %d nodes, %d min of 1 Hz history, %,d arrivals, %d cores;"
                        + " load average %s%n", nodes, minutes, t.arrivalCount(), Runtime.getRuntime().availableProcessors(),
                loadAverage());
        FailureDetector[] detectors = {FixedTimeoutDetector.defaults(), PhiAccrualDetector.defaults(), AdaptiveDetector.defaults()};
        for (FailureDetector d : detectors) {
            long sink = 0;
            for (int i = 0; i < runs; i++) {
                previewer.refresh();
                sink += previewer.preview(s, now, d).qos().falseSuspicions();
            }
            long[] fresh = new long[runs];
            long[] reused = new long[runs];
            long[] cpu = new long[runs];
            WhatIf.Preview p = null;
            for (int i = 0; i < runs; i++) {
                previewer.refresh();
                long c0 = cpuNanos();
                long t0 = System.nanoTime();
                p = previewer.preview(s, now, d);
                fresh[i] = System.nanoTime() - t0;
                cpu[i] = cpuNanos() - c0;
                t0 = System.nanoTime();
                p = previewer.preview(s, now, d);
                reused[i] = System.nanoTime() - t0;
                sink += p.qos().falseSuspicions();
            }
            Arrays.sort(fresh);
            Arrays.sort(reused);
            Arrays.sort(cpu);
            String name = d.describe().substring(0, d.describe().indexOf(' '));
            System.out.printf(Locale.ROOT, "%-9s fresh copy + replay: median %6.1f ms (min %6.1f, max %6.1f), cpu %6.1f ms | copy reused: median %6.1f ms"
                            + " (max %6.1f) | %d false suspicions, %d detected, changing now %d%s%n",
                    name, fresh[runs / 2] / 1e6, fresh[0] / 1e6, fresh[runs - 1] / 1e6, cpu[runs / 2] / 1e6, reused[runs / 2] / 1e6,
                    reused[runs - 1] / 1e6, p.qos().falseSuspicions(), p.qos().crashes() - p.qos().undetected(),
                    p.changingNow(), sink == -1 ? "" : "");
        }
        System.out.println("load average after: " + loadAverage());
    }

    /** CPU of the whole process (every replay slice, and GC): the cost itself, whatever else the machine runs. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return "unknown";
        }
    }
}
