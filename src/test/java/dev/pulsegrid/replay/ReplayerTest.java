package dev.pulsegrid.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pulsegrid.detect.ArrivalWindow;
import dev.pulsegrid.detect.FailureDetector;
import dev.pulsegrid.detect.FixedTimeoutDetector;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplayerTest {
    static final FixedTimeoutDetector FIXED = new FixedTimeoutDetector(Duration.ofSeconds(3), Duration.ofSeconds(10));

    private static Trace.Builder every(Trace.Builder b, String node, long from, long to) {
        for (long t = from; t <= to; t += 1000) {
            b.arrival(node, t);
        }
        return b;
    }

    private static List<String> transitions(Trace t, FailureDetector d) {
        List<String> out = new ArrayList<>();
        Replayer.run(t, d, (at, node, from, to, cause, silence, threshold, crash) ->
                out.add(at + " " + t.node(node) + " " + from + "->" + to + " " + cause + (crash ? " crash" : "")));
        return out;
    }

    @Test
    void lostHeartbeatsAreAMistakeWithItsDuration() {
        Trace t = every(every(new Trace.Builder(), "a", 0, 4000), "a", 16_000, 20_000).build();
        assertEquals(List.of("0 a null->ALIVE FIRST_HEARTBEAT", "7000 a ALIVE->SUSPECT SILENCE",
                "14000 a SUSPECT->DEAD SILENCE", "16000 a DEAD->ALIVE HEARTBEAT"), transitions(t, FIXED));
        QosSummary q = Replayer.run(t, FIXED);
        assertEquals(1, q.falseSuspicions());
        assertEquals(1, q.falseDeads());
        assertEquals(9000, q.mistakeMeanMs(), 0);
        assertEquals(20.0 / 3600, q.nodeHours(), 1e-12);
        assertEquals(3600 / 20.0, q.falseDeadsPerNodeHour(), 1e-9);
        assertEquals(0, q.crashes());
    }

    @Test
    void knownCrashGetsItsDetectionTimeEvenPastTheTraceEnd() {
        Trace t = every(new Trace.Builder(), "b", 500, 10_500).crash("b", 11_000).span(12_000).build();
        assertEquals(List.of("500 b null->ALIVE FIRST_HEARTBEAT", "13500 b ALIVE->SUSPECT SILENCE crash",
                "20500 b SUSPECT->DEAD SILENCE crash"), transitions(t, FIXED));
        QosSummary q = Replayer.run(t, FIXED);
        assertEquals(1, q.crashes());
        assertEquals(9500, q.detectionMedianMs(), 0);
        assertEquals(9500, q.detectionP99Ms(), 0);
        assertEquals(0, q.falseSuspicions());
        assertEquals(10.5 / 3600, q.nodeHours(), 1e-12);
    }

    @Test
    void restartBeforeConvictionIsAnUndetectedCrashAndItsDowntimeIsNotAGap() {
        List<Integer> gapsSeen = new ArrayList<>();
        FailureDetector spy = new FailureDetector() {
            @Override
            public long suspectAfterNanos(ArrivalWindow h) {
                if (h.size() > 0) {
                    gapsSeen.add(h.recent(0));
                }
                return FIXED.suspectAfterNanos(h);
            }

            @Override
            public long deadAfterNanos(ArrivalWindow h) {
                return FIXED.deadAfterNanos(h);
            }

            @Override
            public int windowSize() {
                return 8;
            }

            @Override
            public String describe() {
                return "spy";
            }
        };
        Trace t = every(every(new Trace.Builder(), "c", 0, 2000), "c", 7000, 9000).crash("c", 2500).build();
        assertEquals(List.of("0 c null->ALIVE FIRST_HEARTBEAT", "5000 c ALIVE->SUSPECT SILENCE crash",
                "7000 c SUSPECT->ALIVE RESTART"), transitions(t, FIXED));
        QosSummary q = Replayer.run(t, spy);
        assertEquals(1, q.crashes());
        assertEquals(1, q.undetected());
        assertTrue(Double.isNaN(q.detectionMedianMs()));
        assertEquals(0, q.falseSuspicions());
        assertTrue(gapsSeen.stream().allMatch(g -> g == 1000), "the 5 s downtime entered the history: " + gapsSeen);
        assertEquals((2.5 + 2) / 3600, q.nodeHours(), 1e-12);
    }

    @Test
    void silenceAtTraceEndWithoutKnownCrashIsCountedApart() {
        Trace t = every(new Trace.Builder(), "d", 0, 5000).span(60_000).build();
        QosSummary q = Replayer.run(t, FIXED);
        assertEquals(1, q.openAtEnd());
        assertEquals(0, q.falseSuspicions());
        assertEquals(0, q.crashes());
    }

    @Test
    void percentileIsNearestRank() {
        double[] v = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertEquals(5, QosSummary.percentile(v, 10, 50), 0);
        assertEquals(10, QosSummary.percentile(v, 10, 99), 0);
        assertEquals(1, QosSummary.percentile(v, 10, 1), 0);
        assertTrue(Double.isNaN(QosSummary.percentile(v, 0, 50)));
    }
}
