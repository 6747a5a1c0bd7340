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
        // members, rows per datagram, fanout, rounds: 1.4 x log_fanout n x (ceil(n / rows) + 1), at least 10
        "1,    41, 3, 10",
        "10,   41, 3, 10",   // 1.4 x 2.10 x 2 = 5.9: the floor
        "41,   41, 3, 10",   // 1.4 x 3.38 x 2 = 9.5: the whole table still fits one datagram
        "42,   41, 3, 15",   // one row more and each row waits a second turn: 1.4 x 3.40 x 3
        "50,   41, 3, 15",   // 1.4 x 3.56 x 3 (measured staleness max 10 rounds)
        "200,  41, 3, 41",   // 1.4 x 4.82 x 6 (measured staleness max 29 rounds at 1% loss)
        "500,  41, 3, 111",  // 1.4 x 5.66 x 14 (measured max 94 with T_fail 66)
        "200,  80, 3, 28",   // smaller rows, fewer turns: 1.4 x 4.82 x 4
        "200,  41, 8, 22",   // a wider fanout needs fewer hops: 1.4 x 2.55 x 6
        "0,    41, 3, 10",   // nobody known yet: the floor
        "200,   0, 1, 2151", // degenerate inputs are clamped, not divided by: 1.4 x log2 200 x 201
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
        assertEquals(41 * SECOND, a.update(200, 41, 0));          // the mesh grew: at once
        assertEquals(41 * SECOND, a.update(50, 41, 1 * SECOND));  // it shrank: wait
        assertEquals(41 * SECOND, a.update(50, 41, 80 * SECOND)); // 79 s < T_cleanup 82 s
        assertEquals(15 * SECOND, a.update(50, 41, 83 * SECOND)); // smaller for a whole T_cleanup
        assertEquals(15 * SECOND, a.timeouts().failNanos());
        assertEquals(30 * SECOND, a.timeouts().cleanupNanos());
    }

    @Test
    void aMemberFlappingInAndOutDoesNotMakeItOscillate() {
        AutoFail a = new AutoFail(SECOND, 3);
        a.update(42, 41, 0); // 15 s
        for (int s = 1; s < 1000; s++) {
            // 41 members (10 s) for 20 s, back to 42 for 40 s: never below for a T_cleanup (30 s) in a row
            assertEquals(15 * SECOND, a.update(s % 60 < 20 ? 41 : 42, 41, s * SECOND), "at " + s + " s");
        }
    }
}
