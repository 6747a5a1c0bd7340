package dev.pulsegrid.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pulsegrid.detect.AdaptiveDetector;
import dev.pulsegrid.detect.FailureDetector;
import dev.pulsegrid.detect.FixedTimeoutDetector;
import dev.pulsegrid.detect.PhiAccrualDetector;
import dev.pulsegrid.detect.PhiAccrualSettings;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The preview's numbers are those of a full replay of the same history; its incidents add up to them. */
class WhatIfTest {
    private static final long NOW = 1_700_000_600_000L;

    static Stream<FailureDetector> detectors() {
        return Stream.of(FixedTimeoutDetector.defaults(), new FixedTimeoutDetector(Duration.ofMillis(1500), Duration.ofMillis(2500)),
                PhiAccrualDetector.defaults(), new PhiAccrualDetector(new PhiAccrualSettings(1, 2, Duration.ofMillis(100),
                        Duration.ZERO, 50, Duration.ofSeconds(1))), AdaptiveDetector.defaults());
    }

    @ParameterizedTest
    @MethodSource("detectors")
    void previewNumbersEqualAFullReplayOfTheSameHistory(FailureDetector d) {
        // 10 minutes of a mixed cluster (jitter, loss, GC stalls, bursts), a tenth of it crashing for good.
        Trace generated = TraceGenerator.generate(new TraceGenerator.Settings(TraceFamily.MIXED, 400, 600_000, 1_000,
                0.1, 120_000, 11));
        long last = 0;
        for (int i = 0; i < generated.nodeCount(); i++) {
            long[] a = generated.arrivals(i);
            last = Math.max(last, a.length == 0 ? 0 : a[a.length - 1]);
        }
        long shift = NOW - last; // jitter can put arrivals past the generator's nominal end
        ArrivalHistory history = new ArrivalHistory();
        Trace.Builder full = new Trace.Builder();
        String[] ids = new String[generated.nodeCount()];
        boolean[] deadNow = new boolean[ids.length];
        Verdict[] live = new Verdict[ids.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = generated.node(i);
            long[] a = generated.arrivals(i);
            for (long t : a) {
                history.record(i, ids[i], t + shift);
                if (t + shift > NOW - history.horizonMs()) {
                    full.arrival(ids[i], t + shift); // the history's span is (now - 10 min, now]
                }
            }
            deadNow[i] = generated.crashes(i).length > 0;
            live[i] = deadNow[i] ? Verdict.DEAD : Verdict.ALIVE;
            if (deadNow[i]) {
                full.crash(ids[i], a[a.length - 1] + shift); // the live monitor knows no crash time: the last heartbeat
            }
        }
        full.span(NOW - history.horizonMs() + 1).span(NOW);
        QosSummary expected = Replayer.run(full.build(), d);

        WhatIf.Preview p = WhatIf.run(history.trace(ArrivalHistoryTest.slots(ids.length), ids, deadNow, NOW), live, d, 3);

        QosSummary q = p.qos();
        assertTrue(expected.crashes() > 10 && expected.falseSuspicions() > 0, "the trace exercises both: " + expected);
        assertEquals(expected.crashes(), q.crashes());
        assertEquals(expected.undetected(), q.undetected());
        assertEquals(expected.detectionMedianMs(), q.detectionMedianMs());
        assertEquals(expected.detectionMaxMs(), q.detectionMaxMs());
        assertEquals(expected.detectionP99Ms(), q.detectionP99Ms());
        assertEquals(expected.falseSuspicions(), q.falseSuspicions());
        assertEquals(expected.falseDeads(), q.falseDeads());
        assertEquals(expected.mistakeMeanMs(), q.mistakeMeanMs(), 1e-6);
        assertEquals(expected.nodeHours(), q.nodeHours(), 1e-9);
        assertEquals(expected.openAtEnd(), q.openAtEnd());
        assertEquals(expected.arrivals(), q.arrivals());
        assertEquals(Math.min(WhatIf.INCIDENTS_KEPT, expected.falseDeads()), p.falseDeads().size());
        assertEquals(Math.min(WhatIf.INCIDENTS_KEPT, expected.falseSuspicions() - expected.falseDeads()), p.falseSuspects().size());
        assertEquals(Math.min(WhatIf.INCIDENTS_KEPT, expected.crashes() - expected.undetected()), p.detected().size());
    }

    @Test
    void incidentsNameTheNodeAndMomentAndNodesChangingNowAreCounted() {
        ArrivalHistory h = new ArrivalHistory(60_000, 100);
        long start = NOW - 50_000;
        for (long t = start; t <= NOW; t += 1000) {
            h.record(0, "steady", t);
            if (t < start + 10_000 || t >= start + 16_000) {
                h.record(1, "lossy", t); // 6 s without heartbeats, then heard again
            }
            if (t <= NOW - 20_000) {
                h.record(2, "crashed", t); // gone 20 s ago, DEAD live
            }
            if (t <= NOW - 4_000) {
                h.record(3, "quiet", t); // silent 4 s: ALIVE live, SUSPECT under 3 s
            }
        }
        String[] ids = {"steady", "lossy", "crashed", "quiet"};
        Verdict[] live = {Verdict.ALIVE, Verdict.ALIVE, Verdict.DEAD, Verdict.ALIVE};
        FixedTimeoutDetector d = new FixedTimeoutDetector(Duration.ofSeconds(3), Duration.ofSeconds(5));

        WhatIf.Preview p = WhatIf.run(h.trace(new int[] {0, 1, 2, 3}, ids, new boolean[] {false, false, true, false}, NOW), live, d, 1);

        assertEquals(List.of(new WhatIf.Incident("crashed", NOW - 15_000, WhatIf.Kind.DETECTED, 5_000)), p.detected());
        assertEquals(List.of(new WhatIf.Incident("lossy", start + 12_000, WhatIf.Kind.FALSE_DEAD, 4_000)), p.falseDeads());
        assertEquals(List.of(), p.falseSuspects());
        assertEquals(1, p.changingNow(), "quiet would be SUSPECT now");
        assertEquals(1, p.qos().openAtEnd());
    }

    @Test
    void historyKeepsOnlyTheHorizonAndGrowsNoFurtherThanItsCap() {
        ArrivalHistory h = new ArrivalHistory(10_000, 8);
        for (long t = 0; t <= 20_000; t += 1000) {
            h.record(0, "a", NOW - 20_000 + t);
        }
        for (int i = 0; i < 50; i++) {
            h.record(1, "fast", NOW - 49 + i);
        }
        Trace t = h.trace(new int[] {0, 1, 2}, new String[] {"a", "fast", "unknown"}, new boolean[3], NOW);
        assertEquals(8, t.arrivals(0).length, "cap of 8 wins over the 10 s horizon");
        assertEquals(NOW, t.arrivals(0)[7]);
        assertEquals(8, t.arrivals(1).length);
        assertEquals(0, t.arrivals(2).length);
        h.prune(NOW + 20_000);
        assertEquals(0, h.nodeCount());
    }

    @Test
    void allRingsTogetherStayWithinTheBudgetAndKeepTheNewestArrivals() {
        ArrivalHistory h = new ArrivalHistory(600_000, 6_000, 1_000);
        for (long t = 0; t < 600_000; t += 1000) {
            for (int n = 0; n < 20; n++) {
                h.record(n, "n" + n, NOW - 600_000 + t + 1);
            }
        }
        assertTrue(h.allocated() <= 1_000, "allocated " + h.allocated());
        Trace t = h.trace(new int[] {0, 19}, new String[] {"n0", "n19"}, new boolean[2], NOW);
        assertTrue(t.arrivals(0).length >= 16 && t.arrivals(0).length <= 100, "shortened history: " + t.arrivals(0).length);
        assertEquals(NOW - 999, t.arrivals(1)[t.arrivals(1).length - 1], "the newest arrival is kept");
        h.prune(NOW + 700_000);
        assertEquals(0, h.allocated());
    }
}
