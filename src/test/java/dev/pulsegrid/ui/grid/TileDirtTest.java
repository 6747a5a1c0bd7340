package dev.pulsegrid.ui.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TileDirtTest {
    private static List<Integer> flushed(TileDirt d, long frame) {
        List<Integer> out = new ArrayList<>();
        d.flush(frame, out::add);
        return out;
    }

    @ParameterizedTest(name = "{0}x{1} px in {2}-px tiles: {3} x {4}")
    @CsvSource({
        "1600, 1000, 64, 25, 16",
        "1585,  867, 64, 25, 14",
        "  64,   64, 64,  1,  1",
        "  65,   63, 64,  2,  1",
        "   1,    1, 64,  1,  1",
    })
    void tilesCoverThePictureWithPartialTilesAtTheEdges(int w, int h, int size, int cols, int rows) {
        TileDirt d = new TileDirt(w, h, size);
        assertEquals(cols, d.columns());
        assertEquals(rows, d.rows());
    }

    @ParameterizedTest(name = "cell at ({0},{1}) size {2} -> tiles {3}")
    @CsvSource({
        "  0,   0,  4, '0'",          // top-left corner
        " 60,   0,  4, '0'",          // ends at x=63: still the first tile
        " 62,   0,  4, '0 1'",        // straddles the column edge
        " 62,  62,  4, '0 1 4 5'",    // straddles both edges: four tiles
        "200, 130,  4, '11'",         // row 2, column 3 of a 4-wide grid
        " -2,  -2,  4, '0'",          // partly scrolled off the top-left
        "-10, -10,  4, ''",           // wholly off: nothing
        "250, 250, 20, '15'",         // clipped to the last tile
    })
    void aChangedCellDirtiesTheTilesItOverlaps(int x, int y, int size, String tiles) {
        TileDirt d = new TileDirt(256, 256, 64); // 4 x 4 tiles
        d.mark(x, y, size, size, true);
        assertEquals(tiles, join(flushed(d, 0)));
        assertEquals("", join(flushed(d, 1)), "handed over once, then clean");
    }

    @Test
    void urgentTilesGoOutTheSameFrameDeferredOnesOnTheirRowsTurnWithinTurnsFrames() {
        TileDirt d = new TileDirt(64 * 4, 64 * 16, 64); // 16 rows of tiles: 2 rows per turn
        d.mark(70, 64 * 15 + 3, 4, 4, false); // row 15: its turn is frame 7 (mod 8)
        d.mark(3, 64 * 9, 4, 4, true);        // row 9, urgent
        assertEquals("36", join(flushed(d, 0)), "only the urgent tile");
        for (long f = 1; f < 7; f++) {
            assertEquals("", join(flushed(d, f)), "frame " + f);
        }
        assertEquals("61", join(flushed(d, 7)), "row 15's turn");
        assertEquals("", join(flushed(d, 15)));
    }

    @Test
    void anUrgentChangeTakesItsTileOutAtOnceEvenIfADeferredOneWaitedThere() {
        TileDirt d = new TileDirt(128, 128 * 8, 64);
        d.mark(0, 64 * 10, 4, 4, false);
        d.mark(8, 64 * 10, 4, 4, true);
        assertEquals("20", join(flushed(d, 0)));
    }

    @Test
    void markAllHandsOverEveryTile() {
        TileDirt d = new TileDirt(100, 100, 64);
        d.markAll();
        assertEquals("0 1 2 3", join(flushed(d, 3)));
    }

    @ParameterizedTest(name = "{0} rows: row {1} has its turn on frame {2}: {3}")
    @CsvSource({
        "16,  0,  0, true",
        "16,  1,  0, true",   // two rows per turn
        "16,  2,  0, false",
        "16,  2,  1, true",
        "16, 15,  7, true",
        "16, 15, 15, true",   // every 8 frames
        "16, 15,  8, false",
        " 3,  2,  2, true",   // fewer rows than turns: one row per turn, every 3 frames
        " 3,  2,  5, true",
        " 3,  0,  4, false",
        "17, 16,  5, true",   // 3 rows per turn: 6 turns
        "17, 16, 11, true",
        "17, 16,  8, false",
    })
    void everyRowGetsATurnAtLeastEveryTurnsFrames(int rows, int row, long frame, boolean turn) {
        assertEquals(turn, TileDirt.isTurnOf(row, rows, frame));
    }

    @ParameterizedTest(name = "{0} -> {1}: news {2}")
    @CsvSource({
        "-1,   64, true",   // not drawn before
        "64,   56, false",  // ALIVE, age level 8 -> 7
        "64,   65, true",   // ALIVE -> SUSPECT, same age level
        "64,  320, false",  // flapping mark only
        "64,  576, true",   // flash ring on
        "577,  65, true",   // flash ring off
        "64, 2147483647, true", // forgotten: empty cell
    })
    void onlyStateFlashOrNewCellsAreNewsAgeAndFlapMarksMayWait(int before, int key, boolean news) {
        assertEquals(news, CellPainter.isNews(before, key));
    }

    private static String join(List<Integer> v) {
        StringBuilder b = new StringBuilder();
        for (int t : v) {
            b.append(b.length() == 0 ? "" : " ").append(t);
        }
        return b.toString();
    }
}
