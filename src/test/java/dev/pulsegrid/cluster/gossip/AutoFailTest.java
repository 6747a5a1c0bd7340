package dev.pulsegrid.cluster.gossip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The auto T_fail formula and its hysteresis. */
class AutoFailTest {
    static final long SECOND = 1_000_000_000L;

    @ParameterizedTest(name = "n={0}, {1} rows/datagram, fanout {2} -> {3} rounds")
    @CsvSource({
        // members, rows per datagram, fanout, rounds: 3.5 x (log_fanout n + ceil(n / rows)), at least 10
        "1,    41, 3, 10",
        "10,   41, 3, 11",   // 3.5 x (2.10 + 1)
        "41,   41, 3, 16",   // 3.5 x (3.38 + 1): the whole table still fits one datagram
        "42,   41, 3, 19",   // one row more and each row waits a second turn: 3.5 x (3.40 + 2)
        "50,   41, 3, 20",   // 3.5 x (3.56 + 2)
        "200,  41, 3, 35",   // 3.5 x (4.82 + 5): measured staleness max 29 rounds at 1% loss
        "500,  41, 3, 66",   // 3.5 x (5.66 + 13)
        "200,  80, 3, 28",   // smaller rows, fewer turns: 3.5 x (4.82 + 3)
        "200,  41, 8, 27",   // a wider fanout needs fewer hops: 3.5 x (2.55 + 5)
        "0,    41, 3, 10",   // nobody known yet: the floor
        "200,   0, 1, 727",  // degenerate inputs are clamped, not divided by: 3.5 x (log2 200 + 200)
    })
    void failRounds(int members, int rows, int fanout, int rounds) {
        assertEquals(rounds, AutoFail.failRounds(members, rows, fanout));
    }

    @ParameterizedTest(name = "{0} B budget / {1} B rows -> {2}")
    @CsvSource({"1358, 33, 41", "1358, 35, 38", "100, 200, 1", "1358, 0, 1358"})
    void rowsPerDatagram(int budget, int rowBytes, int rows) {
        assertEquals(rows, AutoFail.rowsPerDatagram(budget, rowBytes));
    }

    @Test
    void growsAtOnceAndShrinksOnlyAfterTheSmallerValueHeldForACleanup() {
        AutoFail a = new AutoFail(SECOND, 3);
        assertEquals(10 * SECOND, a.failNanos());
        assertEquals(35 * SECOND, a.update(200, 41, 0));          // the mesh grew: at once
        assertEquals(35 * SECOND, a.update(50, 41, 1 * SECOND));  // it shrank: wait
        assertEquals(35 * SECOND, a.update(50, 41, 60 * SECOND)); // 59 s < T_cleanup 70 s
        assertEquals(20 * SECOND, a.update(50, 41, 71 * SECOND)); // smaller for a whole T_cleanup
        assertEquals(20 * SECOND, a.timeouts().failNanos());
        assertEquals(40 * SECOND, a.timeouts().cleanupNanos());
    }

    @Test
    void aMemberFlappingInAndOutDoesNotMakeItOscillate() {
        AutoFail a = new AutoFail(SECOND, 3);
        a.update(42, 41, 0); // 19 s
        for (int s = 1; s < 1000; s++) {
            // 42 members, then 41 (16 s) for 30 s, back to 42: never 40 s below in a row
            assertEquals(19 * SECOND, a.update(s % 60 < 30 ? 41 : 42, 41, s * SECOND), "at " + s + " s");
        }
    }
}
