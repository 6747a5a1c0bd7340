package dev.pulsegrid.ui.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.Rectangle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The tiles' grouping: JavaFX repaints a whole group once more than 12 of its children are dirty. */
class GridTilesTest {
    @ParameterizedTest(name = "{0} x {1} tiles")
    @CsvSource({"25, 16", "25, 14", "60, 34", "1, 1", "12, 1", "13, 1", "5, 40"})
    void everyGroupHoldsAtMostTwelveNeighboursCoveringOneRectangle(int columns, int rows) {
        List<Node> tiles = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                Rectangle t = new Rectangle(64, 64);
                t.relocate(c * 64, r * 64);
                tiles.add(t);
            }
        }
        List<Node> top = GridTiles.nest(tiles, columns, rows);
        assertTrue(top.size() <= GridTiles.FANOUT, "top level: " + top.size());
        Map<Node, Integer> seen = new IdentityHashMap<>();
        for (Node n : top) {
            walk(n, seen);
        }
        assertEquals(columns * rows, seen.size(), "every tile exactly once");
        seen.values().forEach(times -> assertEquals(1, times));
    }

    /** Checks a group's fan-out and that its tiles tile its bounds (so a dirty group repaints no stranger's pixels). */
    private static double walk(Node n, Map<Node, Integer> seen) {
        if (!(n instanceof Group g)) {
            seen.merge(n, 1, Integer::sum);
            return 64 * 64;
        }
        assertTrue(g.getChildren().size() <= GridTiles.FANOUT, "a group of " + g.getChildren().size());
        double area = 0;
        for (Node c : new ArrayList<>(g.getChildren())) {
            area += walk(c, seen);
        }
        Bounds b = g.getLayoutBounds();
        assertEquals(b.getWidth() * b.getHeight(), area, 0.5, "a block is one rectangle of neighbours");
        return area;
    }
}
