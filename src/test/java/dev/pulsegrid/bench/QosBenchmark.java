package dev.pulsegrid.bench;

import dev.pulsegrid.detect.AdaptiveDetector;
import dev.pulsegrid.detect.AdaptiveSettings;
import dev.pulsegrid.detect.FailureDetector;
import dev.pulsegrid.detect.FixedTimeoutDetector;
import dev.pulsegrid.detect.PhiAccrualDetector;
import dev.pulsegrid.detect.PhiAccrualSettings;
import dev.pulsegrid.replay.QosSummary;
import dev.pulsegrid.replay.Replayer;
import dev.pulsegrid.replay.Trace;
import dev.pulsegrid.replay.TraceFamily;
import dev.pulsegrid.replay.TraceGenerator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The QoS table of issue 4: fixed, phi and adaptive at several settings over each synthetic trace
 * family, each with injected crashes. Detection time is crash -> DEAD.
 *
 * <p>Run: {@code mvn -o -q -Pbench test-compile exec:exec -Dbench=QosBenchmark -Dbench.args="500 12 1"}
 * (arguments: nodes per family, hours, seed; defaults 1000 4 1).
 */
public final class QosBenchmark {

    record Candidate(String name, FailureDetector detector) {
    }

    static List<Candidate> candidates() {
        List<Candidate> c = new ArrayList<>();
        c.add(new Candidate("fixed 3s/10s (default)", FixedTimeoutDetector.defaults()));
        c.add(new Candidate("fixed 2s/5s", new FixedTimeoutDetector(Duration.ofSeconds(2), Duration.ofSeconds(5))));
        c.add(new Candidate("phi Akka (8, 3s, 100ms, w1000)", new PhiAccrualDetector(PhiAccrualSettings.akka())));
        c.add(new Candidate("phi default (5/8, 3s, w200)", PhiAccrualDetector.defaults()));
        c.add(new Candidate("phi 12 (EC2 advice)", new PhiAccrualDetector(new PhiAccrualSettings(12, 12,
                Duration.ofMillis(100), Duration.ofSeconds(3), 1000, Duration.ofSeconds(1)))));
        c.add(new Candidate("adaptive 1/d, 1/yr (default)", AdaptiveDetector.defaults()));
        c.add(new Candidate("adaptive 1/h, 1/wk", adaptive(Duration.ofHours(1), Duration.ofDays(7), 0.1, 10, 3)));
        c.add(new Candidate("adaptive 1/d, 1/30d", adaptive(Duration.ofDays(1), Duration.ofDays(30), 0.1, 10, 3)));
        c.add(new Candidate("adaptive 1/wk, 1/10yr", adaptive(Duration.ofDays(7), Duration.ofDays(3650), 0.1, 10, 3)));
        c.add(new Candidate("adaptive default, margin 0", adaptive(Duration.ofDays(1), Duration.ofDays(365), 0, 10, 3)));
        c.add(new Candidate("adaptive default, no prior", adaptive(Duration.ofDays(1), Duration.ofDays(365), 0.1, 10, 0)));
        c.add(new Candidate("adaptive default, tail 30", adaptive(Duration.ofDays(1), Duration.ofDays(365), 0.1, 30, 3)));
        return c;
    }

    static AdaptiveDetector adaptive(Duration suspect, Duration dead, double margin, int tail, int priorSeconds) {
        return new AdaptiveDetector(new AdaptiveSettings(suspect, dead, AdaptiveSettings.DEFAULT_MIN_HISTORY, tail, margin,
                Duration.ofSeconds(priorSeconds), FixedTimeoutDetector.defaults()));
    }

    public static void main(String[] args) {
        int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        double hours = args.length > 1 ? Double.parseDouble(args[1]) : 4;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        System.out.printf(Locale.ROOT, "QoS over synthetic traces: %d nodes x %.1f h per family, 1 s heartbeats, "
                + "20%% of nodes crash after a 10 min warm-up, seed %d%n", nodes, hours, seed);
        System.out.printf(Locale.ROOT, "%-8s %-32s %7s %8s %8s %10s %12s %10s %9s%n", "family", "detector", "crashes",
                "det p50", "det p99", "falseSusp", "falseDEAD/nh", "falseDEAD", "mistake");
        for (TraceFamily f : TraceFamily.values()) {
            Trace t = TraceGenerator.generate(TraceGenerator.Settings.of(f, nodes, (long) (hours * 3_600_000), seed));
            for (Candidate c : candidates()) {
                QosSummary q = Replayer.run(t, c.detector());
                System.out.printf(Locale.ROOT, "%-8s %-32s %7d %7.2fs %7.2fs %10d %12.5f %10d %8.2fs%n",
                        f.name().toLowerCase(Locale.ROOT), c.name(), q.crashes(), q.detectionMedianMs() / 1000,
                        q.detectionP99Ms() / 1000, q.falseSuspicions(), q.falseDeadsPerNodeHour(), q.falseDeads(),
                        q.mistakeMeanMs() / 1000);
            }
            System.out.println();
        }
    }
}
