package dev.pulsegrid.cluster.gossip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetransmitLimitTest {
    @ParameterizedTest(name = "n={0} fanout={1} -> {2} rounds")
    @CsvSource({
        "1,    3, 2",
        "9,    3, 2",
        "10,   3, 3",
        "99,   3, 3",
        "500,  3, 4",
        "5000, 3, 6",
        "500,  1, 12",
        "0,    3, 2",
        "500, 100, 1",
    })
    void roundsGrowWithLogOfClusterSizeAndShrinkWithFanout(int n, int fanout, int expected) {
        assertEquals(expected, RetransmitLimit.rounds(n, fanout));
    }
}
