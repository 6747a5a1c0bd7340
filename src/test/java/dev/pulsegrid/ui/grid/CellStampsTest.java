package dev.pulsegrid.ui.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellStampsTest {
    private static final StatePalette P = StatePalette.DARK;

    /** The 3×3 shapes of a 4 px pitch, as '#' (state colour), '.' (background) and 'o' (faded). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "ALIVE, ###|###|###",
        "SUSPECT, ###|#.#|###",
        "DEAD, #.#|.#.|#.#",
        "LEFT, ...|.#.|...",
        "MISSING, .#.|###|.#.",
    })
    void everyStateHasItsOwnShapeAtThreePixels(CellState s, String shape) {
        CellStamps stamps = new CellStamps(3, P);
        int level = s == CellState.ALIVE || s == CellState.SUSPECT ? stamps.levels() : 0;
        assertEquals(shape, render(stamps.stamp(s, level), 3, s));
    }

    @Test
    void aliveDrainsFromTheTopAsSilenceGrows() {
        CellStamps stamps = new CellStamps(3, P);
        assertEquals("ooo|###|###", render(stamps.stamp(CellState.ALIVE, 2), 3, CellState.ALIVE));
        assertEquals("ooo|ooo|###", render(stamps.stamp(CellState.ALIVE, 1), 3, CellState.ALIVE));
        assertEquals("ooo|ooo|ooo", render(stamps.stamp(CellState.ALIVE, 0), 3, CellState.ALIVE));
    }

    @Test
    void shapesStayDistinctWithoutColourAtEverySize() {
        for (int size : new int[] {3, 5, 7, 11, 19, 30, 60}) {
            CellStamps stamps = new CellStamps(size, P);
            Set<String> masks = new HashSet<>();
            for (CellState s : CellState.values()) {
                int[] px = stamps.stamp(s, s == CellState.ALIVE || s == CellState.SUSPECT ? stamps.levels() : 0);
                StringBuilder mask = new StringBuilder();
                for (int v : px) {
                    mask.append(v == P.colour(s) ? '#' : '.'); // shape only: which pixels carry the solid colour
                }
                masks.add(mask.toString());
            }
            assertEquals(CellState.values().length, masks.size(), "distinct shapes at " + size + " px");
        }
    }

    @ParameterizedTest(name = "suspicion {0} of {1} levels -> {2}")
    @CsvSource({"0, 3, 3", "0.2, 3, 3", "0.34, 3, 2", "0.7, 3, 1", "0.999, 3, 1", "1, 3, 0", "5, 3, 0", "-1, 8, 8", "0.5, 8, 4", "0.1, 8, 8", "0.2, 8, 7"})
    void levelOfSuspicion(double suspicion, int levels, int expected) {
        assertEquals(expected, CellStamps.level(suspicion, levels));
    }

    @Test
    void tilesDrainABarAlongTheBottom() {
        CellStamps stamps = new CellStamps(40, P);
        int[] full = stamps.stamp(CellState.ALIVE, stamps.levels());
        int[] half = stamps.stamp(CellState.ALIVE, stamps.levels() / 2);
        int bottomRight = 39 * 40 + 39;
        assertEquals(P.colour(CellState.ALIVE), full[bottomRight]);
        assertEquals(P.drained(CellState.ALIVE), half[bottomRight]);
        assertEquals(P.colour(CellState.ALIVE), half[39 * 40]);
        assertNotEquals(P.colour(CellState.ALIVE), full[20 * 40 + 20], "the face is a tint, so labels stay readable");
    }

    /** Silence (ms of a 10 s dead-after) at which a cell drawn at a level drops to the next, with 8 levels. */
    @ParameterizedTest(name = "level {0} of 8 drops at {1} ms")
    @CsvSource({
        "8, 1250",
        "7, 2500",
        "4, 6250",
        "1, 10000",
    })
    void theNextLevelChangeIsFoundByArithmetic(int level, long dropMillis) {
        long dead = 10_000_000_000L;
        long heard = 5_000_000_000L;
        assertEquals(heard + dropMillis * 1_000_000L, CellStamps.nextLevelChange(heard, dead, level, 8));
    }

    @Test
    void theNextLevelChangeAgreesWithTheLevelFormulaEitherSideOfIt() {
        long dead = 7_777_777_777L; // not a multiple of the level count: the rounding must still agree
        for (int levels : new int[] {1, 3, 4, 8}) {
            for (int level = 1; level <= levels; level++) {
                long at = CellStamps.nextLevelChange(0, dead, level, levels);
                assertEquals(level, CellStamps.level((double) (at - 1) / dead, levels), "just before, levels=" + levels);
                assertEquals(level - 1, CellStamps.level((double) at / dead, levels), "at, levels=" + levels);
            }
        }
    }

    @Test
    void anEmptyCellOrOneWithoutDeadAfterNeverChangesLevel() {
        assertEquals(Long.MAX_VALUE, CellStamps.nextLevelChange(0, 10_000_000_000L, 0, 8));
        assertEquals(Long.MAX_VALUE, CellStamps.nextLevelChange(0, 0, 8, 8));
    }

    @Test
    void aFlashedCellWearsAForegroundRingAroundTheSamePicture() {
        CellStamps stamps = new CellStamps(9, P);
        int[] plain = stamps.stamp(CellState.DEAD, 0, false, false);
        int[] flash = stamps.stamp(CellState.DEAD, 0, false, true);
        int w = CellStamps.flashWidth(9);
        for (int y = 0; y < 9; y++) {
            for (int x = 0; x < 9; x++) {
                boolean ring = x < w || y < w || x >= 9 - w || y >= 9 - w;
                assertEquals(ring ? P.foreground() : plain[y * 9 + x], flash[y * 9 + x], x + "," + y);
            }
        }
    }

    private static String render(int[] px, int size, CellState s) {
        StringBuilder b = new StringBuilder();
        for (int y = 0; y < size; y++) {
            if (y > 0) {
                b.append('|');
            }
            for (int x = 0; x < size; x++) {
                int v = px[y * size + x];
                b.append(v == P.colour(s) ? '#' : v == P.background() ? '.' : v == P.drained(s) ? 'o' : '?');
            }
        }
        return b.toString();
    }
}
