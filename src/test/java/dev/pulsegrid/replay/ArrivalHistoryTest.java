package dev.pulsegrid.replay;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pulsegrid.detect.FixedTimeoutDetector;
import dev.pulsegrid.detect.PhiAccrualDetector;
import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The compact history gives back exactly the arrivals it was given, newest kept first, within its byte budget. */
class ArrivalHistoryTest {
    private static final long NOW = 1_800_000_000_000L;

    /** Slots 0..n-1: node i at slot i. */
    static int[] slots(int n) {
        return java.util.stream.IntStream.range(0, n).toArray();
    }

    @Property(tries = 300)
    void givesBackExactlyWhatWentIn(@ForAll @Size(max = 400) int[] steps, @ForAll @IntRange(min = 0, max = 4) int scale) {
        // steps of any sign and size: jitter, long silences, a wall clock stepping back or jumping, duplicates
        long[] in = new long[steps.length];
        long t = NOW - 1_000_000_000L;
        for (int i = 0; i < steps.length; i++) {
            t += (long) steps[i] >> (8 * scale);
            in[i] = t;
        }
        ArrivalHistory h = new ArrivalHistory(Long.MAX_VALUE / 4, 10_000, Long.MAX_VALUE / 4);
        for (long ms : in) {
            h.record(0, "n", ms);
        }
        int from = 0; // a jump of 12 days or more starts the ring afresh
        for (int i = 1; i < in.length; i++) {
            if (Math.abs(in[i] - in[i - 1]) >= ArrivalRing.FAR) {
                from = i;
            }
        }
        long[] expected = Arrays.stream(in, from, in.length).filter(ms -> ms <= NOW).sorted().toArray();
        long[] got = h.trace(new int[] {0}, new String[] {"n"}, new boolean[1], NOW).arrivals(0);
        assertArrayEquals(expected, got);
    }

    @Test
    void replayOverTheCompactHistoryEqualsReplayOverThePlainArrivals() {
        // 1 Hz with jitter up to 3 s, losses, one backwards clock step: every encoding width is used
        SplittableRandom rnd = new SplittableRandom(3);
        int nodes = 50;
        long[][] plain = new long[nodes][];
        ArrivalHistory h = new ArrivalHistory();
        String[] ids = new String[nodes];
        for (int n = 0; n < nodes; n++) {
            ids[n] = "node-" + n;
            long[] a = new long[600];
            long t = NOW - 600_000 + 1 + rnd.nextInt(1000);
            int k = 0;
            for (int i = 0; i < 600 && t <= NOW; i++) {
                a[k++] = t;
                t += 1000 + (rnd.nextInt(10) == 0 ? rnd.nextInt(-900, 3000) : rnd.nextInt(-20, 21));
                if (i == 300 && n % 7 == 0) {
                    t -= 2500; // the wall clock stepped back
                }
            }
            plain[n] = Arrays.copyOf(a, k);
            for (long ms : plain[n]) {
                h.record(n, ids[n], ms);
            }
            Arrays.sort(plain[n]);
        }
        Trace fromHistory = h.trace(slots(nodes), ids, new boolean[nodes], NOW);
        Trace fromPlain = new Trace(ids, plain, new long[nodes][0], NOW - h.horizonMs(), NOW);
        for (int n = 0; n < nodes; n++) {
            assertArrayEquals(plain[n], fromHistory.arrivals(n), ids[n]);
        }
        assertEquals(Replayer.run(fromPlain, FixedTimeoutDetector.defaults()), Replayer.run(fromHistory, FixedTimeoutDetector.defaults()));
        assertEquals(Replayer.run(fromPlain, PhiAccrualDetector.defaults()), Replayer.run(fromHistory, PhiAccrualDetector.defaults()));
    }

    @Test
    void atTheBudgetEveryNodeKeepsItsNewestArrivalsUnbroken() {
        int nodes = 200;
        long budget = 20_000;
        ArrivalHistory h = new ArrivalHistory(600_000, 6_000, budget);
        for (long t = 0; t < 600_000; t += 1000) {
            for (int n = 0; n < nodes; n++) {
                h.record(n, "n" + n, NOW - 600_000 + t + 1 + (n * 7 + t / 1000 * 13) % 41);
            }
        }
        assertTrue(h.allocated() <= budget, "allocated " + h.allocated());
        String[] ids = new String[nodes];
        for (int n = 0; n < nodes; n++) {
            ids[n] = "n" + n;
        }
        Trace t = h.trace(slots(nodes), ids, new boolean[nodes], NOW);
        for (int n = 0; n < nodes; n++) {
            long[] a = t.arrivals(n);
            assertTrue(a.length >= 16, "a node keeps at least its first ring's worth: " + a.length);
            assertTrue(a.length < 600, "the budget shortened it: " + a.length);
            for (int i = 0; i < a.length; i++) {
                long second = 599 - (a.length - 1 - i); // the newest, one per second, none missing
                assertEquals(NOW - 600_000 + second * 1000 + 1 + (n * 7 + second * 13) % 41, a[i], "node " + n + " arrival " + i);
            }
        }
    }

    @Test
    void tenMinutesOfOneHertzFromTenThousandNodesFitTheDefaultBudget() {
        // a fifth of the nodes in a fifth of the budget: the same bytes per node, 5x faster to run
        int nodes = 2_000;
        Trace g = TraceGenerator.generate(new TraceGenerator.Settings(TraceFamily.MIXED, nodes, 600_000, 1_000, 0.0, 300_000, 7));
        ArrivalHistory h = new ArrivalHistory(600_000, ArrivalHistory.DEFAULT_MAX_PER_NODE, ArrivalHistory.DEFAULT_BUDGET / 5);
        long last = 0;
        for (int i = 0; i < nodes; i++) {
            long[] a = g.arrivals(i);
            last = Math.max(last, a.length == 0 ? 0 : a[a.length - 1]);
        }
        long end = last;
        String[] ids = new String[nodes];
        for (int i = 0; i < nodes; i++) {
            ids[i] = g.node(i);
            for (long ms : g.arrivals(i)) {
                h.record(i, ids[i], NOW - end + ms);
            }
        }
        Trace t = h.trace(slots(nodes), ids, new boolean[nodes], NOW);
        for (int i = 0; i < nodes; i++) {
            long from = NOW - 600_000;
            long[] expected = Arrays.stream(g.arrivals(i)).map(ms -> NOW - end + ms).filter(ms -> ms > from).toArray();
            assertArrayEquals(expected, t.arrivals(i), ids[i] + ": the whole 10 minutes");
        }
        assertTrue(h.allocated() <= ArrivalHistory.DEFAULT_BUDGET / 5);
    }

    @Test
    void aSteadySenderCostsAboutAByteAnArrival() {
        ArrivalHistory h = new ArrivalHistory();
        SplittableRandom rnd = new SplittableRandom(5);
        long t = NOW - 599_000;
        for (int i = 0; i < 600; i++) {
            h.record(0, "steady", t);
            t += 1000 + rnd.nextInt(-20, 21);
        }
        assertEquals(600, h.trace(new int[] {0}, new String[] {"steady"}, new boolean[1], NOW).arrivals(0).length);
        // rings grow by half from 16 bytes: 600 one-byte arrivals need a ring of at most 1.5 x 600
        assertTrue(h.allocated() <= 900, "bytes for 600 arrivals: " + h.allocated() + " (ints took 2,400)");
    }
}
