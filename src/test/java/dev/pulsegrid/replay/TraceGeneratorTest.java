package dev.pulsegrid.replay;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TraceGeneratorTest {
    static final long HOUR = 3_600_000;

    private static Trace gen(TraceFamily f, int nodes, long ms, long seed) {
        return TraceGenerator.generate(TraceGenerator.Settings.of(f, nodes, ms, seed));
    }

    @ParameterizedTest
    @EnumSource(TraceFamily.class)
    void sameSeedSameTraceAndCrashedNodesFallSilent(TraceFamily f) {
        Trace a = gen(f, 50, HOUR / 2, 42);
        Trace b = gen(f, 50, HOUR / 2, 42);
        int crashed = 0;
        for (int i = 0; i < a.nodeCount(); i++) {
            assertArrayEquals(a.arrivals(i), b.arrivals(i));
            long[] arr = a.arrivals(i);
            for (int j = 1; j < arr.length; j++) {
                assertTrue(arr[j] >= arr[j - 1]);
            }
            if (a.crashes(i).length > 0) {
                crashed++;
                long crash = a.crashes(i)[0];
                assertTrue(crash >= 600_000 / 2 && crash < HOUR / 2);
                assertTrue(arr[arr.length - 1] < crash + 1_000, "arrivals long after the crash");
            }
        }
        assertTrue(crashed > 0 && crashed < 25, "about a fifth crash: " + crashed);
        assertTrue(!java.util.Arrays.equals(a.arrivals(0), gen(f, 50, HOUR / 2, 43).arrivals(0)));
    }

    /** Share of gaps in [lo, hi) ms over all nodes. */
    private static double share(Trace t, long lo, long hi) {
        long in = 0;
        long all = 0;
        for (int i = 0; i < t.nodeCount(); i++) {
            long[] a = t.arrivals(i);
            for (int j = 1; j < a.length; j++) {
                long g = a[j] - a[j - 1];
                all++;
                if (g >= lo && g < hi) {
                    in++;
                }
            }
        }
        return (double) in / all;
    }

    @Test
    void familiesShowTheirCharacter() {
        Trace lan = gen(TraceFamily.LAN, 100, HOUR, 1);
        assertTrue(share(lan, 980, 1020) > 0.99, "LAN gaps are tight");
        double lanLoss = share(lan, 1500, 2500);
        assertTrue(lanLoss > 0.0005 && lanLoss < 0.002, "LAN loses ~0.1%: " + lanLoss);

        Trace wan = gen(TraceFamily.WAN, 100, HOUR, 1);
        double wanLoss = share(wan, 1500, 2700);
        assertTrue(wanLoss > 0.007 && wanLoss < 0.013, "WAN loses ~1%: " + wanLoss);
        assertTrue(share(wan, 900, 1100) < 0.95, "WAN jitter is large");

        Trace gc = gen(TraceFamily.GC, 100, HOUR, 1);
        assertTrue(share(gc, 2500, 4100) > 0.001, "GC stalls give 1.5-4 s gaps");
        assertEquals(0, share(gc, 4200, Long.MAX_VALUE), 1e-4, "stalls last at most 3 s");

        Trace bursts = gen(TraceFamily.BURSTS, 100, HOUR, 1);
        assertTrue(share(bursts, 5000, 12_000) > 0.0003, "bursts give gaps of several seconds");

        Trace mixed = gen(TraceFamily.MIXED, 200, HOUR / 4, 1);
        Set<String> kinds = new HashSet<>();
        for (int i = 0; i < mixed.nodeCount(); i++) {
            kinds.add(mixed.node(i).substring(0, mixed.node(i).indexOf('-')));
        }
        assertEquals(Set.of("lan", "wan", "gc", "bursts"), kinds);
    }
}
