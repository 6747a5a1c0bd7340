package dev.pulsegrid.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FixedTimeoutDetectorTest {

    @ParameterizedTest(name = "suspect {0} dead {1}: silence {2} ms -> level {3}")
    @CsvSource({
        "3s,    10s, 0,     0.0",
        "3s,    10s, 5000,  0.5",
        "3s,    10s, 10000, 1.0",
        "500ms, 2s,  3000,  1.5",
        "2m,    2m,  60000, 0.5",
    })
    void thresholdsIgnoreHistoryAndLevelIsFractionOfDeadAfter(String suspect, String dead, long silenceMs, double level) {
        FixedTimeoutDetector d = new FixedTimeoutDetector(Durations.parse(suspect), Durations.parse(dead));
        ArrivalWindow jittery = new ArrivalWindow(8);
        jittery.add(100);
        jittery.add(9000);
        assertEquals(Durations.parse(suspect).toNanos(), d.suspectAfterNanos(jittery));
        assertEquals(Durations.parse(suspect).toNanos(), d.suspectAfterNanos(new ArrivalWindow(8)));
        assertEquals(Durations.parse(dead).toNanos(), d.deadAfterNanos(jittery));
        assertEquals(level, d.suspicionLevel(silenceMs * 1_000_000, jittery), 1e-9);
    }

    @ParameterizedTest
    @CsvSource({"3s, 2s", "0s, 1s"})
    void rejectsInconsistentSettings(String suspect, String dead) {
        assertThrows(IllegalArgumentException.class,
                () -> new FixedTimeoutDetector(Durations.parse(suspect), Durations.parse(dead)));
    }

    @Test
    void defaultsAndDescription() {
        FixedTimeoutDetector d = FixedTimeoutDetector.defaults();
        assertEquals(Duration.ofSeconds(3), d.suspectAfter());
        assertEquals(Duration.ofSeconds(10), d.deadAfter());
        assertEquals("fixed suspect-after 3s dead-after 10s", d.describe());
    }
}
