package dev.pulsegrid.ui.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ZoomTest {
    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({"4, 1, 5", "4, -1, 4", "7, 1, 8", "7, -1, 6", "48, 1, 64", "48, -2, 32", "128, 1, 128", "3, 1, 4"})
    void stepsAlongTheLevels(int current, int steps, int expected) {
        assertEquals(expected, Zoom.step(current, steps));
    }

    @ParameterizedTest(name = "{0} nodes in {1}x{2} -> {3}")
    @CsvSource({
        "1, 1385, 780, 96",       // a single node: the largest auto tile
        "300, 1385, 780, 48",     // the demo: 28 columns x 11 rows of 48 px
        "10000, 1385, 780, 10",
        "100000, 1900, 900, 4",   // the whole cluster at 4 px
        "100000, 1385, 780, 4",   // too many for the screen: the smallest, and scroll
    })
    void fitChoosesTheLargestPitchThatShowsEverything(int nodes, int w, int h, int pitch) {
        assertEquals(pitch, Zoom.fit(w, h, 0, new int[] {nodes}));
    }
}
