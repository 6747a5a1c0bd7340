package dev.pulsegrid.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FlapScoreTest {
    private static final long S = 1_000_000_000L;
    private static final long W = FlapScore.WINDOW_NANOS;

    @ParameterizedTest(name = "age {0}s -> weight {1}")
    @CsvSource({"0, 1.2", "60, 1.0", "90, 0.9", "119.999999999, 0.8"})
    void recentChangesWeighMore(double ageSeconds, double weight) {
        assertEquals(weight, FlapScore.weight((long) (ageSeconds * S), W), 1e-6);
    }

    /** changes: ages in seconds, ';'-separated. */
    @ParameterizedTest(name = "[{0}] -> {1}%")
    @CsvSource({
        "'', 0",
        "0, 6",                     // one change just now: 1.2 / 20
        "60, 5",                    // one a minute ago: 1.0 / 20
        "120, 0",                   // at the window's edge: gone
        "-1, 0",                    // from the future (clock skew in tests): ignored
        "0;0;0;0;0;0;0;0;0;0, 60",  // ten changes just now
        "60;60;60;60;60;60;60;60;60;60;60;60;60;60;60;60;60;60;60;60;60;60;60;60, 100", // capped
    })
    void weightedStateChangePercentage(String agesSeconds, double percent) {
        String[] parts = agesSeconds.isEmpty() ? new String[0] : agesSeconds.split(";");
        long now = 1_000 * S;
        long[] times = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            times[i] = now - Long.parseLong(parts[i]) * S;
        }
        assertEquals(percent, FlapScore.percent(times, times.length, now, W), 1e-9);
    }

    @ParameterizedTest(name = "was {0}, {1}% -> {2}")
    @CsvSource({"false, 50, false", "false, 50.1, true", "true, 49, true", "true, 25, true", "true, 24.9, false", "false, 30, false"})
    void hysteresisBetweenHighAndLow(boolean was, double percent, boolean now) {
        assertEquals(now, FlapScore.flapping(was, percent));
    }

    @ParameterizedTest(name = "{0}% -> {1}")
    @CsvSource({"62.4, 62% weighted state change in 2m", "50.01, 50% weighted state change in 2m",
        "24.99, 24% weighted state change in 2m", "0, 0% weighted state change in 2m"})
    void describedInWholePercentRoundedDown(double percent, String text) {
        assertEquals(text, FlapScore.describe(percent));
    }
}
