package dev.pulsegrid.ui.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GridLayoutTest {
    // Ungrouped: width 108 → (108 - 2*4) / 10 = 10 columns of pitch 10; rows at y 4..14, 14..24, 24..34 (cells 20-24).
    private final GridLayout flat = GridLayout.of(108, 10, 0, 25);
    // Grouped, header 20, sections of 12, 0 and 5 cells:
    //   s0 top 4: header 4..24, rows 24..34, 34..44; s1 top 48: header 48..68, no rows; s2 top 72: header 72..92,
    //   row 92..102; content height 106 + 4 = 110.
    private final GridLayout grouped = GridLayout.of(108, 10, 20, 12, 0, 5);

    @ParameterizedTest(name = "({0},{1}) -> {2}")
    @CsvSource({
        "4, 4, 0",        // first cell's corner
        "13.9, 13.9, 0",  // still inside the first pitch
        "14, 4, 1",
        "103.9, 4, 9",    // last column
        "104, 4, -1",     // right of the last column
        "4, 14, 10",      // second row
        "54, 24, -1",     // would be index 25, one past the last cell
        "44, 24, 24",     // the last cell
        "3, 10, -1",      // left padding
        "10, 3, -1",      // top padding
        "4, 34, -1",      // row 3 does not exist
    })
    void cellUnderThePointerUngrouped(double x, double y, int expected) {
        assertEquals(expected, flat.positionAt(x, y));
    }

    @ParameterizedTest(name = "({0},{1}) -> {2}")
    @CsvSource({
        "10, 10, -1",   // header of section 0
        "4, 24, 0",
        "24, 34, -1",   // would be the 13th cell of a 12-cell section
        "14, 34, 11",
        "4, 44, -1",    // gap after section 0
        "4, 60, -1",    // header of the empty section 1
        "4, 92, 12",    // first cell of section 2 (after 12 + 0)
        "44, 95, 16",   // last cell of section 2
        "54, 95, -1",   // past it
        "4, 200, -1",   // below everything
    })
    void cellUnderThePointerGrouped(double x, double y, int expected) {
        assertEquals(expected, grouped.positionAt(x, y));
    }

    @Test
    void cellCornersRoundTripThroughHitTesting() {
        for (GridLayout l : new GridLayout[] {flat, grouped}) {
            for (int p = 0; p < l.positions(); p++) {
                assertEquals(p, l.positionAt(l.cellX(p), l.cellY(p)), "corner of " + p);
                assertEquals(p, l.positionAt(l.cellX(p) + l.drawSize() - 0.1, l.cellY(p) + l.drawSize() - 0.1), "far corner of " + p);
            }
        }
    }

    @Test
    void sectionsAndContentHeight() {
        assertEquals(3, grouped.sections());
        assertEquals(17, grouped.positions());
        assertEquals(2, grouped.sectionOf(12), "the empty section 1 shares its start with section 2");
        assertEquals(0, grouped.sectionOf(11));
        assertEquals(110, grouped.contentHeight());
        assertEquals(4 + 30 + 4, flat.contentHeight());
    }

    @ParameterizedTest(name = "top {0} bottom {1} -> [{2}, {3}]")
    @CsvSource({
        "0, 1000, 0, 24",   // everything
        "0, 10, 0, 9",      // only the first row starts above y=10
        "14, 24, 10, 19",   // row 0 ends exactly at 14: not visible
        "15, 24, 10, 19",
        "30, 40, 20, 24",   // last row
        "34, 44, -1, 24",   // below the cells: nothing reaches below 34 (first = -1 means nothing to draw)
    })
    void visibleRangeUngrouped(double top, double bottom, int first, int last) {
        assertEquals(first, flat.firstVisible(top), "first");
        assertEquals(last, flat.lastVisible(bottom), "last");
    }

    @ParameterizedTest(name = "top {0} bottom {1} -> [{2}, {3}]")
    @CsvSource({
        "0, 20, 0, -1",     // only section 0's header shows: no cell starts above 20
        "0, 25, 0, 9",      // first row just starts
        "40, 80, 10, 11",   // section 0's last row, then gap and headers
        "45, 93, 12, 16",   // section 2's row just starts
        "95, 200, 12, 16",
        "102, 110, -1, 16", // below the last row
    })
    void visibleRangeGrouped(double top, double bottom, int first, int last) {
        assertEquals(first, grouped.firstVisible(top), "first");
        assertEquals(last, grouped.lastVisible(bottom), "last");
    }

    @ParameterizedTest(name = "pitch {0} -> gap {1}")
    @CsvSource({"2, 0", "3, 0", "4, 1", "12, 1", "24, 2", "96, 8"})
    void gapGrowsSlowlyWithPitch(int pitch, int gap) {
        assertEquals(gap, GridLayout.gapFor(pitch));
    }

    @Test
    void rejectsTinyPitch() {
        assertThrows(IllegalArgumentException.class, () -> GridLayout.of(100, 1, 0, 5));
    }

    @Test
    void hundredThousandFourPixelCellsAt1900By900() {
        GridLayout l = GridLayout.of(1900, 4, 0, 100_000);
        assertEquals(473, l.columns());
        assertEquals(3, l.drawSize());
        assertEquals(4 + 212 * 4 + 4, l.contentHeight());
    }
}
