package dev.pulsegrid.bench;

import dev.pulsegrid.cluster.ManualClock;
import dev.pulsegrid.cluster.Membership;
import dev.pulsegrid.cluster.NodeState;
import dev.pulsegrid.detect.FixedTimeoutDetector;
import dev.pulsegrid.protocol.Heartbeat;
import java.time.Duration;
import java.util.Locale;

/**
 * Cost of one deadline transition (ALIVE -> SUSPECT) fired by {@link Membership#advance()}, and of a
 * tick with nothing due, at several cluster sizes. Virtual time: nothing sleeps.
 *
 * <p>Run: {@code mvn -Pbench test-compile exec:exec -Dbench=DeadlineBenchmark}
 */
public final class DeadlineBenchmark {
    public static void main(String[] args) {
        System.out.println("nodes     ns/transition  ns/idle-tick");
        for (int round = 0; round < 2; round++) { // round 0 warms the JIT
            for (int n : new int[] {1_000, 10_000, 100_000}) {
                double[] r = run(n);
                if (round == 1) {
                    System.out.printf(Locale.ROOT, "%-9d %13.0f %13.0f%n", n, r[0], r[1]);
                }
            }
        }
    }

    private static double[] run(int n) {
        ManualClock clock = new ManualClock();
        Membership m = new Membership(clock, new FixedTimeoutDetector(Duration.ofSeconds(3), Duration.ofSeconds(10)));
        int[] transitions = new int[1];
        m.addListener(e -> transitions[0]++);
        // Heartbeats spread over one second, as 1 Hz senders would be.
        long spread = 1_000_000_000L / n;
        for (int i = 0; i < n; i++) {
            m.onHeartbeat(Heartbeat.of("node-" + i), null, "native");
            clock.advanceNanos(spread);
        }
        transitions[0] = 0;
        long idleStart = System.nanoTime();
        int idleTicks = 100_000;
        for (int i = 0; i < idleTicks; i++) {
            m.advance(); // nothing due yet: must cost O(1)
        }
        long idle = System.nanoTime() - idleStart;
        clock.advance(Duration.ofSeconds(3));
        long start = System.nanoTime();
        // 10 ms ticks across the second in which every node's suspect deadline falls.
        for (int t = 0; t < 100; t++) {
            clock.advanceMillis(10);
            m.advance();
        }
        long took = System.nanoTime() - start;
        if (m.publish().count(NodeState.SUSPECT) != n) {
            throw new AssertionError("expected all suspect");
        }
        return new double[] {(double) took / transitions[0], (double) idle / idleTicks};
    }
}
