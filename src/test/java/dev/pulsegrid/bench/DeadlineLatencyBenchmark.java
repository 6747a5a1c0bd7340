package dev.pulsegrid.bench;

import dev.pulsegrid.cluster.MembershipEvent;
import dev.pulsegrid.cluster.NodeState;
import dev.pulsegrid.detect.FixedTimeoutDetector;
import dev.pulsegrid.net.Monitor;
import dev.pulsegrid.net.MonitorConfig;
import dev.pulsegrid.protocol.Heartbeat;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * How late a real Monitor (system clock, 10 ms tick) declares SUSPECT after each node's deadline,
 * at several cluster sizes: n nodes heartbeat once, spread over one second, then fall silent.
 * Lateness = event time - (last heartbeat + suspect-after). The goal is within 50 ms at any size.
 *
 * <p>Run: {@code mvn -Pbench test-compile exec:exec -Dbench=DeadlineLatencyBenchmark}
 */
public final class DeadlineLatencyBenchmark {
    public static void main(String[] args) throws Exception {
        System.out.println("nodes     p50-ms  p99-ms  max-ms");
        for (int n : new int[] {1_000, 10_000, 100_000}) {
            run(n);
        }
    }

    private static void run(int n) throws Exception {
        Duration suspectAfter = Duration.ofSeconds(2);
        long[] lateness = new long[n];
        int[] seen = new int[1];
        CountDownLatch all = new CountDownLatch(1);
        try (Monitor m = Monitor.start(MonitorConfig.listeningOn(null)
                .withDetector(new FixedTimeoutDetector(suspectAfter, Duration.ofSeconds(60))))) {
            long[] lastHeard = new long[n];
            m.addListener(e -> {
                if (e.kind() == MembershipEvent.Kind.TRANSITION && e.to() == NodeState.SUSPECT) {
                    int i = Integer.parseInt(e.nodeId().substring(5));
                    lateness[seen[0]++] = e.nanos() - (lastHeard[i] + suspectAfter.toNanos());
                    if (seen[0] == n) {
                        all.countDown();
                    }
                }
            });
            long spread = 1_000_000_000L / n;
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                final int node = i;
                // Ingest on the membership thread and record the exact arrival time it used.
                m.execute(() -> lastHeard[node] = System.nanoTime());
                m.ingest(Heartbeat.of(String.format(Locale.ROOT, "node-%07d", i)), null, "native");
                long due = start + (i + 1) * spread;
                while (System.nanoTime() < due) {
                    Thread.onSpinWait();
                }
            }
            if (!all.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("only " + seen[0] + " of " + n + " turned SUSPECT");
            }
        }
        Arrays.sort(lateness);
        System.out.printf(Locale.ROOT, "%-9d %6.1f  %6.1f  %6.1f%n", n, lateness[n / 2] / 1e6,
                lateness[(int) (n * 0.99)] / 1e6, lateness[n - 1] / 1e6);
    }
}
