package dev.pulsegrid.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

    @ParameterizedTest(name = "{0} = {1} ms")
    @CsvSource({
        "500ms, 500", "3s, 3000", "1.5s, 1500", "2m, 120000", "1h, 3600000", "0.25s, 250",
        "' 10S ', 10000", "1d, 86400000", "7d, 604800000",
    })
    void parsesWhatOperatorsType(String text, long millis) {
        assertEquals(Duration.ofMillis(millis), Durations.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"3", "-1s", "abc", "", "1.s", "s", "3 s", "1y"})
    void rejectsWithAHint(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Durations.parse(text));
        assertTrue(e.getMessage().contains("e.g. 500ms"), e.getMessage());
    }

    @ParameterizedTest(name = "{0} ms formats as {1}")
    @CsvSource({"500, 500ms", "3000, 3s", "1500, 1.5s", "120000, 2m", "3600000, 1h", "0, 0s", "1250, 1250ms",
        "86400000, 1d"})
    void formatsShortestExactForm(long millis, String text) {
        assertEquals(text, Durations.format(Duration.ofMillis(millis)));
        assertEquals(Duration.ofMillis(millis), Durations.parse(text));
    }

    @ParameterizedTest
    @CsvSource({"3200000000, 3.2s", "50000000, 0.1s"})
    void secondsForReasons(long nanos, String text) {
        assertEquals(text, Durations.seconds(nanos));
    }
}
