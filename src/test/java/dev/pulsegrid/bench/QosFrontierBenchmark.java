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
import dev.pulsegrid.replay.TransitionSink;
import dev.pulsegrid.replay.Verdict;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

/**
 * Why "no worse than phi on every family" has a price on loss bursts: a crash and a burst are the
 * same silence, so any detector trades detection time against false DEADs along one curve. This
 * prints that curve (fixed dead-after thresholds) for a family, where phi (Akka) and adaptive
 * (defaults) sit on it, how many of adaptive's false DEADs fall in a node's first hour, and the mixed
 * cluster broken down by each node's link.
 *
 * <p>Run: {@code mvn -o -q -Pbench test-compile exec:exec -Dbench=QosFrontierBenchmark -Dbench.args="500 12 1 bursts"}
 */
public final class QosFrontierBenchmark {

    public static void main(String[] args) {
        int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        double hours = args.length > 1 ? Double.parseDouble(args[1]) : 12;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        TraceFamily family = TraceFamily.valueOf((args.length > 3 ? args[3] : "bursts").toUpperCase(Locale.ROOT));
        Trace t = TraceGenerator.generate(TraceGenerator.Settings.of(family, nodes, (long) (hours * 3_600_000), seed));
        System.out.printf(Locale.ROOT, "%s: %d nodes x %.1f h, seed %d%n", family, nodes, hours, seed);
        FailureDetector phi = new PhiAccrualDetector(PhiAccrualSettings.akka());
        FailureDetector adaptive = AdaptiveDetector.defaults();
        row("phi Akka", Replayer.run(t, phi));
        row("adaptive (default)", Replayer.run(t, adaptive));
        firstHour(t, adaptive);
        int step = family == TraceFamily.GC ? 100 : 500; // gc: every gap ends by about 5 s
        // bursts: up to 16 s, past the rare 12-15 s gaps (a burst beside a lost heartbeat) that decide
        // where a one-per-year budget lies
        int last = family == TraceFamily.GC ? 6000 : 16000;
        for (int ms = 3000; ms <= last; ms += step) {
            FixedTimeoutDetector f = new FixedTimeoutDetector(Duration.ofMillis(ms), Duration.ofMillis(ms));
            row("fixed dead-after " + ms + " ms", Replayer.run(t, f));
        }
        if (family == TraceFamily.MIXED) {
            for (String link : new String[] {"lan", "wan", "gc", "bursts"}) {
                Trace part = only(t, link);
                row(link + " nodes: phi Akka", Replayer.run(part, phi));
                row(link + " nodes: adaptive", Replayer.run(part, adaptive));
            }
        }
    }

    /**
     * How many of a detector's false DEADs begin in each node's first hour (a node's first heartbeat
     * is at the trace's start): the learning phase, where a per-node estimate has seen little, against
     * the rest, where its tail estimate decides.
     */
    static void firstHour(Trace t, FailureDetector d) {
        long[] early = new long[2];
        Replayer.run(t, d, (atMs, node, from, to, cause, silenceMs, thresholdMs, afterCrash) -> {
            if (from == Verdict.DEAD && to == Verdict.ALIVE && cause == TransitionSink.Cause.HEARTBEAT) { // a false DEAD ends
                early[atMs - silenceMs - t.startMs() < 3_600_000 ? 0 : 1]++;
            }
        });
        System.out.printf(Locale.ROOT, "    false DEADs in a node's first hour %d, later %d%n", early[0], early[1]);
    }

    /** The nodes of a mixed trace whose link is {@code link} (ids are "link-i"). */
    static Trace only(Trace t, String link) {
        int[] keep = new int[t.nodeCount()];
        int n = 0;
        for (int i = 0; i < t.nodeCount(); i++) {
            if (t.node(i).startsWith(link + "-")) {
                keep[n++] = i;
            }
        }
        keep = Arrays.copyOf(keep, n);
        String[] ids = new String[n];
        long[][] a = new long[n][];
        long[][] c = new long[n][];
        for (int j = 0; j < n; j++) {
            ids[j] = t.node(keep[j]);
            a[j] = t.arrivals(keep[j]);
            c[j] = t.crashes(keep[j]);
        }
        return new Trace(ids, a, c, t.startMs(), t.endMs());
    }

    static void row(String name, QosSummary q) {
        System.out.printf(Locale.ROOT, "  %-32s crashes %4d  det p50 %6.2fs p99 %6.2fs  falseDEAD %6d  %.5f/nh%n", name,
                q.crashes(), q.detectionMedianMs() / 1000, q.detectionP99Ms() / 1000, q.falseDeads(), q.falseDeadsPerNodeHour());
    }
}
