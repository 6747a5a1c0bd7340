package dev.pulsegrid.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CadenceTest {
    @ParameterizedTest(name = "every {0} ms, asked every {1} ms for {2} ms: due {3} times")
    @CsvSource({
            // the summary's counts under a 60 Hz pulse and under an uncapped one: four a second either way
            "250, 16,   1000, 4",
            "250, 1,    1000, 4",
            // asked more rarely than the interval: due each time
            "250, 300,  1200, 4",
            // the first ask is always due
            "2000, 16,  16,   1",
    })
    void dueAtMostOncePerIntervalWhateverThePulseRate(long everyMillis, long askEveryMillis, long forMillis, int expected) {
        long[] now = {0};
        Cadence c = new Cadence(everyMillis, () -> now[0]);
        int due = 0;
        for (long t = 0; t < forMillis; t += askEveryMillis) {
            now[0] = t * 1_000_000L;
            if (c.due()) {
                due++;
            }
        }
        assertEquals(expected, due);
    }
}
