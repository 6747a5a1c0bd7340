package dev.pulsegrid.ui.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pulsegrid.cluster.ManualClock;
import dev.pulsegrid.cluster.Membership;
import dev.pulsegrid.detect.FixedTimeoutDetector;
import dev.pulsegrid.protocol.Heartbeat;
import dev.pulsegrid.protocol.MessageType;
import dev.pulsegrid.ui.Fx;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import javafx.animation.AnimationTimer;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The grid control on its own, fed once per pulse from a real Membership in virtual time. */
@ExtendWith(ApplicationExtension.class)
class NodeGridViewTest {
    private final ManualClock clock = new ManualClock();
    private final Membership membership = new Membership(clock, FixedTimeoutDetector.defaults());
    private NodeGridView grid;
    private final java.util.concurrent.atomic.AtomicInteger frames = new java.util.concurrent.atomic.AtomicInteger();
    private dev.pulsegrid.cluster.ClusterSnapshot latest;

    /** What the window does once per pulse: judge, publish if changed, show the newest snapshot. */
    private void frame() {
        membership.advance();
        if (membership.hasChanges()) {
            latest = membership.publish();
        }
        grid.show(latest, clock.nanos());
    }

    @Start
    void start(Stage stage) {
        grid = new NodeGridView();
        latest = membership.publish();
        AnimationTimer pulse = new AnimationTimer() {
            @Override
            public void handle(long frame) {
                frame();
                frames.incrementAndGet();
            }
        };
        pulse.start();
        stage.setScene(new Scene(new StackPane(grid), 800, 600));
        stage.show();
    }

    private void beat(String id, Map<String, String> meta) {
        membership.onHeartbeat(new Heartbeat(MessageType.HEARTBEAT, id, 1, 0, 0, 1000, meta),
                new InetSocketAddress("127.0.0.1", 9000), "native");
    }

    private int glyphPixel(String id) {
        return Fx.get(() -> {
            Rectangle2D b = grid.cellBounds(id);
            if (b == null) {
                return 0; // not placed yet: the caller keeps waiting
            }
            int inset = b.getWidth() >= CellStamps.TILE_SIZE ? 3 : 0;
            return grid.drawnPixel(b.getMinX() + inset, b.getMinY() + inset);
        });
    }

    @Test
    void aTransitionRedrawsTheCellInItsNewStateWithinAFrame(FxRobot robot) {
        robot.interact(() -> {
            for (int i = 0; i < 50; i++) {
                beat("n-" + i, Map.of());
            }
        });
        Fx.waitUntil(() -> grid.order().size() == 50);
        assertEquals(StatePalette.DARK.colour(CellState.ALIVE), glyphPixel("n-7"));
        robot.interact(() -> {
            clock.advanceMillis(2_000);
            for (int i = 0; i < 50; i++) {
                if (i != 7) {
                    beat("n-" + i, Map.of());
                }
            }
            clock.advanceMillis(1_500); // n-7 silent 3.5 s > suspect-after 3 s
        });
        Fx.waitUntil(() -> glyphPixel("n-7") == StatePalette.DARK.colour(CellState.SUSPECT));
        assertEquals(StatePalette.DARK.colour(CellState.ALIVE), glyphPixel("n-8"));
        robot.interact(() -> clock.advanceMillis(7_000));
        Fx.waitUntil(() -> glyphPixel("n-7") == StatePalette.DARK.colour(CellState.DEAD));
    }

    /** The glyph's colour in the picture tiles handed to the screen (not the grid's own buffer). FX thread. */
    private int shownGlyph(String id) {
        Rectangle2D b = grid.cellBounds(id);
        if (b == null) {
            return 0;
        }
        int inset = b.getWidth() >= CellStamps.TILE_SIZE ? 3 : 0;
        return grid.shownPixel(b.getMinX() + inset, b.getMinY() + inset);
    }

    @Test
    void aTransitionReachesTheScreenTilesOnTheVeryFrameThatTakesItsSnapshot(FxRobot robot) {
        robot.interact(() -> {
            for (int i = 0; i < 400; i++) {
                beat("n-" + i, Map.of());
            }
        });
        Fx.waitUntil(() -> grid.order().size() == 400 && shownGlyph("n-123") == StatePalette.DARK.colour(CellState.ALIVE));
        int[] seen = new int[3];
        robot.interact(() -> {
            clock.advanceMillis(2_000);
            for (int i = 0; i < 400; i++) {
                if (i != 123) {
                    beat("n-" + i, Map.of());
                }
            }
            clock.advanceMillis(1_500); // n-123 silent 3.5 s > suspect-after 3 s
            seen[0] = shownGlyph("n-123");
            frame(); // one pulse, exactly as the window's timer runs it
            seen[1] = shownGlyph("n-123");
            seen[2] = grid.lastFrameWork()[1];
        });
        assertEquals(StatePalette.DARK.colour(CellState.ALIVE), seen[0], "not before the frame");
        assertEquals(StatePalette.DARK.colour(CellState.SUSPECT), seen[1], "on the screen tiles after that one frame");
        assertTrue(seen[2] > 0 && seen[2] < 60, "only the changed cell's tiles (and a band of age changes) went out, not all: " + seen[2]);
        assertEquals(StatePalette.DARK.colour(CellState.ALIVE), Fx.get(() -> shownGlyph("n-124")), "its neighbour is untouched");
    }

    @Test
    void aTransitionFlashesItsCellOnceThenShowsTheStateColour(FxRobot robot) {
        long[] frame = {0};
        robot.interact(() -> {
            grid.setFrameClock(() -> frame[0]);
            beat("quiet", Map.of());
            beat("steady", Map.of());
        });
        Fx.waitUntil(() -> grid.order().size() == 2);
        int ring = StatePalette.DARK.foreground();
        assertTrue(cornerPixel("quiet") != ring, "a node seen for the first time is not a transition");
        robot.interact(() -> {
            clock.advanceMillis(2_000);
            beat("steady", Map.of());
            clock.advanceMillis(1_500); // quiet: silent 3.5 s > suspect-after 3 s
        });
        Fx.waitUntil(() -> cornerPixel("quiet") == ring);
        assertEquals(StatePalette.DARK.colour(CellState.SUSPECT), centrePixelOfGlyph("quiet"), "the state shows inside the ring");
        assertTrue(cornerPixel("steady") != ring, "only the cell that changed flashes");
        robot.interact(() -> frame[0] += CellPainter.FLASH_NANOS / 2);
        afterFrames(3);
        assertEquals(ring, cornerPixel("quiet"), "still within the flash");
        robot.interact(() -> frame[0] += CellPainter.FLASH_NANOS);
        Fx.waitUntil(() -> glyphPixel("quiet") == StatePalette.DARK.colour(CellState.SUSPECT) && cornerPixel("quiet") != ring);
        afterFrames(3);
        assertTrue(cornerPixel("quiet") != ring, "once: the ring does not come back");
    }

    private int cornerPixel(String id) {
        return Fx.get(() -> {
            Rectangle2D b = grid.cellBounds(id);
            return b == null ? 0 : grid.drawnPixel(b.getMinX(), b.getMinY());
        });
    }

    /** On a tile, a pixel of the glyph's left stroke inside the ring: SUSPECT's hollow square is solid there. */
    private int centrePixelOfGlyph(String id) {
        return Fx.get(() -> {
            Rectangle2D b = grid.cellBounds(id);
            assertTrue(b.getWidth() >= CellStamps.TILE_SIZE, "two nodes fill the view as tiles");
            return grid.drawnPixel(b.getMinX() + 3, b.getMinY() + 5);
        });
    }

    private void afterFrames(int n) {
        int at = frames.get();
        Fx.waitUntil(() -> frames.get() >= at + n);
    }

    @Test
    void largeClustersAreOrderedOnTheBackgroundWorkerAndTheOrderIsSwappedIn(FxRobot robot) {
        int before = NodeGridView.asyncFromSlots;
        NodeGridView.asyncFromSlots = 0; // every build goes through the worker thread
        try {
            robot.interact(() -> {
                for (int i = 29; i >= 0; i--) { // first seen: n-29 first; by name: n-0 first
                    beat("n-" + i, Map.of("role", i % 3 == 0 ? "db" : "web"));
                }
            });
            Fx.waitUntil(() -> grid.order().size() == 30);
            robot.interact(() -> grid.filterProperty().set(NodeFilter.parse("role:db")));
            Fx.waitUntil(() -> grid.order().size() == 10);
            assertEquals("n-27", Fx.get(() -> grid.idOf(grid.order().entry(0))));
            robot.interact(() -> grid.sortProperty().set(SortOrder.NAME));
            Fx.waitUntil(() -> "n-0".equals(grid.idOf(grid.order().entry(0))) && "n-12".equals(grid.idOf(grid.order().entry(4))));
            robot.interact(() -> clock.advanceMillis(3_500)); // everyone SUSPECT: a state filter must follow
            robot.interact(() -> grid.filterProperty().set(NodeFilter.parse("state:alive")));
            Fx.waitUntil(() -> grid.order().size() == 0);
            robot.interact(() -> beat("n-3", Map.of("role", "db")));
            Fx.waitUntil(() -> grid.order().size() == 1 && "n-3".equals(grid.idOf(grid.order().entry(0))));
        } finally {
            NodeGridView.asyncFromSlots = before;
        }
    }

    @Test
    void inventoryNodesThatNeverReportedShowAsMissingCells(FxRobot robot) {
        robot.interact(() -> {
            grid.inventoryProperty().set(Inventory.parse(List.of("web-1", "web-2 role=web", "db-9"), "inv"));
            beat("web-1", Map.of());
        });
        Fx.waitUntil(() -> grid.order().size() == 3);
        assertEquals(List.of("web-2", "db-9"), Fx.get(() -> grid.order().missing().stream().map(Inventory.Entry::id).toList()));
        int missing = StatePalette.DARK.colour(CellState.MISSING);
        Rectangle2D b = Fx.get(() -> grid.cellBounds("db-9"));
        assertNotNull(b);
        // the plus: centre column solid, corner background
        int cx = (int) (b.getMinX() + 3 + Math.min(14, b.getWidth() / 3) / 2);
        int cy = (int) (b.getMinY() + 3 + Math.min(14, b.getWidth() / 3) / 2);
        assertEquals(missing, Fx.get(() -> grid.drawnPixel(cx, cy)));
        robot.interact(() -> beat("db-9", Map.of()));
        Fx.waitUntil(() -> grid.order().missing().size() == 1);
        Fx.waitUntil(() -> glyphPixel("db-9") == StatePalette.DARK.colour(CellState.ALIVE));
    }

    @Test
    void groupingByAMetadataKeyMakesLabelledSections(FxRobot robot) {
        robot.interact(() -> {
            beat("a", Map.of("zone", "eu-1"));
            beat("b", Map.of("zone", "us-1"));
            beat("c", Map.of("zone", "eu-1"));
            beat("d", Map.of());
            grid.groupKeyProperty().set("zone");
        });
        Fx.waitUntil(() -> grid.order().size() == 4 && grid.order().sections() == 3);
        GridOrder o = Fx.get(grid::order);
        assertEquals("eu-1", o.label(0));
        assertEquals("eu-1  (2)   " + CellState.ALIVE.glyph() + " 2", GridOverlayPainter.headerText(o, 0));
        assertEquals(GridOrder.NO_GROUP, o.label(2));
        Rectangle2D a = Fx.get(() -> grid.cellBounds("a"));
        Rectangle2D b = Fx.get(() -> grid.cellBounds("b"));
        assertTrue(b.getMinY() > a.getMaxY() + NodeGridSkin.HEADER_HEIGHT - 1, "us-1 is a section below eu-1");
    }

    @Test
    void clickSelectsArrowsMoveAndEnterOpens(FxRobot robot) {
        String[] opened = new String[1];
        robot.interact(() -> {
            for (int i = 0; i < 30; i++) {
                beat(String.format("n-%02d", i), Map.of());
            }
            grid.onOpenProperty().set(id -> opened[0] = id);
            grid.pitchProperty().set(48); // 16 columns in 800 px
        });
        Fx.waitUntil(() -> grid.order().size() == 30 && grid.effectivePitch() == 48);
        robot.clickOn(centre("n-03"));
        assertEquals("n-03", grid.selectedIdProperty().get());
        int columns = Fx.get(() -> ((NodeGridSkin) grid.getSkin()).layout().columns());
        robot.type(KeyCode.DOWN);
        assertEquals(String.format("n-%02d", 3 + columns), grid.selectedIdProperty().get());
        robot.type(KeyCode.LEFT);
        robot.type(KeyCode.UP);
        assertEquals("n-02", grid.selectedIdProperty().get());
        robot.type(KeyCode.ENTER);
        assertEquals("n-02", opened[0]);
        robot.type(KeyCode.END);
        assertEquals("n-29", grid.selectedIdProperty().get());
    }

    @Test
    void ctrlWheelAndKeysZoomBetweenFourPixelsAndTiles(FxRobot robot) {
        robot.interact(() -> {
            for (int i = 0; i < 20; i++) {
                beat("n-" + i, Map.of());
            }
        });
        Fx.waitUntil(() -> grid.order().size() == 20);
        assertEquals(96, (int) Fx.get(grid::effectivePitch), "20 nodes fit as the largest auto tiles");
        robot.clickOn(centre("n-0"));
        robot.press(KeyCode.CONTROL).scroll(javafx.geometry.VerticalDirection.DOWN).release(KeyCode.CONTROL);
        Fx.waitUntil(() -> grid.effectivePitch() != 96);
        int afterWheel = Fx.get(grid::effectivePitch);
        robot.type(KeyCode.MINUS);
        Fx.waitUntil(() -> grid.effectivePitch() < afterWheel);
        for (int i = 0; i < 20; i++) {
            robot.type(KeyCode.MINUS);
        }
        Fx.waitUntil(() -> grid.effectivePitch() == Zoom.MIN);
        robot.type(KeyCode.DIGIT0);
        Fx.waitUntil(() -> grid.effectivePitch() == 96);
    }

    @Test
    void hoverOutsideCellsClearsTheTooltip(FxRobot robot) {
        robot.interact(() -> beat("solo", Map.of()));
        Fx.waitUntil(() -> grid.order().size() == 1);
        robot.moveTo(centre("solo"));
        Fx.waitUntil(() -> "solo".equals(grid.hoveredIdProperty().get()));
        assertTrue(Fx.get(grid::tooltipText).startsWith("solo\n127.0.0.1:9000\n"));
        Point2D away = Fx.get(() -> grid.localToScreen(700, 500));
        robot.moveTo(away);
        Fx.waitUntil(() -> grid.hoveredIdProperty().get() == null);
        assertEquals("", Fx.get(grid::tooltipText));
        assertNull(Fx.get(() -> grid.cellBounds("nobody")));
    }

    private Point2D centre(String id) {
        return Fx.get(() -> {
            Rectangle2D b = grid.cellBounds(id);
            return grid.localToScreen(b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2);
        });
    }

    @Test
    void flappingNodesCarryACornerMark(FxRobot robot) {
        robot.interact(() -> {
            beat("calm", Map.of());
            beat("flappy", Map.of());
        });
        Fx.waitUntil(() -> grid.order().size() == 2);
        Rectangle2D b = Fx.get(() -> grid.cellBounds("flappy"));
        int cornerX = (int) b.getMaxX() - 1;
        int cornerY = (int) b.getMinY();
        int before = Fx.get(() -> grid.drawnPixel(cornerX, cornerY));
        robot.interact(() -> {
            java.util.BitSet slots = new java.util.BitSet();
            slots.set(membership.view("flappy").slot());
            grid.setFlappingSlots(slots);
        });
        Fx.waitUntil(() -> grid.drawnPixel(cornerX, cornerY) == StatePalette.DARK.foreground());
        assertTrue(before != StatePalette.DARK.foreground());
        Rectangle2D calm = Fx.get(() -> grid.cellBounds("calm"));
        assertTrue(Fx.get(() -> grid.drawnPixel(calm.getMaxX() - 1, calm.getMinY())) != StatePalette.DARK.foreground());
    }
}
