package dev.pulsegrid.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pulsegrid.cluster.NodeState;
import dev.pulsegrid.detect.FixedTimeoutDetector;
import dev.pulsegrid.ui.grid.CellState;
import dev.pulsegrid.ui.grid.Inventory;
import dev.pulsegrid.ui.grid.NodeGridView;
import dev.pulsegrid.ui.grid.StatePalette;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The main window over a real Membership in virtual time; the robot clicks, drags and types. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private MembershipFeed feed;
    private MainWindow window;
    private NodeGridView grid;

    @Start
    void start(Stage stage) {
        feed = new MembershipFeed(FixedTimeoutDetector.defaults());
        DemoLauncher demo = n -> {
            for (int i = 0; i < n; i++) {
                feed.heartbeat("demo-" + i, Map.of("zone", "eu-" + (i % 3)));
            }
            return "Demo cluster running";
        };
        TransitionLog log = new TransitionLog();
        feed.addListener(log);
        window = MainWindow.load(new MainWindow.Parts(feed, demo, log, Inventory.NONE, 300,
                ListenStatus.listening("0.0.0.0:9797", 9797), Notifier.off(), FixedTimeoutDetector.defaults()));
        grid = window.controller().grid();
        stage.setScene(new Scene(window.root(), 1200, 800));
        stage.show();
    }

    /** The window's background is the scene's fill (no region paints under the grid) and follows the theme. */
    @Test
    void theWindowBackgroundIsTheSceneFillInTheThemesColour(FxRobot robot) {
        javafx.scene.paint.Color dark = javafx.scene.paint.Color.rgb(0x1C, 0x1E, 0x24);
        javafx.scene.paint.Color light = javafx.scene.paint.Color.rgb(0xF7, 0xF7, 0xF5);
        javafx.scene.control.MenuButton theme = (javafx.scene.control.MenuButton) window.root().lookup("#theme");
        javafx.scene.layout.Region root = (javafx.scene.layout.Region) window.root();
        javafx.scene.control.RadioMenuItem lightItem = (javafx.scene.control.RadioMenuItem) theme.getItems().stream()
                .filter(i -> "themeLight".equals(i.getId())).findFirst().orElseThrow();
        javafx.scene.control.RadioMenuItem darkItem = (javafx.scene.control.RadioMenuItem) theme.getItems().stream()
                .filter(i -> "themeDark".equals(i.getId())).findFirst().orElseThrow();
        robot.interact(() -> darkItem.setSelected(true));
        assertEquals(dark, Fx.get(() -> window.root().getScene().getFill()));
        assertTrue(Fx.get(() -> root.getBackground() == null || root.getBackground().isEmpty()),
                "no background fill on the root: the renderer's clear is the background");
        assertTrue(Fx.get(() -> grid.getBackground() == null || grid.getBackground().isEmpty()), "nor under the grid");
        robot.interact(() -> lightItem.setSelected(true));
        assertEquals(light, Fx.get(() -> window.root().getScene().getFill()));
    }

    @Test
    void emptyStateShowsTheAgentCommandAndTheDemoButtonFillsTheGrid(FxRobot robot) {
        Node empty = robot.lookup(".empty-state").query();
        waitUntil(empty::isVisible);
        TextField command = robot.lookup(".command").queryAs(TextField.class);
        assertEquals("java -jar target/pulsegrid.jar agent --id web-1 --to 127.0.0.1:9797", command.getText());

        robot.clickOn("Start demo cluster");

        waitUntil(() -> grid.order().size() == 300);
        waitUntil(() -> !empty.isVisible());
        Button alive = robot.lookup(".count-alive").queryButton();
        waitUntil(() -> alive.getText().equals(CellState.ALIVE.glyph() + " Alive 300"));
        Rectangle2D cell = Fx.get(() -> grid.cellBounds("demo-299"));
        assertNotNull(cell, "last demo node is on screen without scrolling");
    }

    @Test
    void aStallOfTheMonitorItselfIsSaidInABannerAndConvictsNoOne(FxRobot robot) {
        robot.interact(() -> {
            feed.membership.setSelfPauseGuard(new dev.pulsegrid.detect.SelfPauseGuard(10_000_000L, 500_000_000L));
            feed.heartbeat("web-1", Map.of());
        });
        waitUntil(() -> cellColour(robot, "web-1") == StatePalette.DARK.colour(CellState.ALIVE));
        robot.interact(() -> feed.clock.advanceMillis(30_000)); // the whole monitor froze for 30 s
        javafx.scene.control.Label banner = robot.lookup(".banner").queryAs(javafx.scene.control.Label.class);
        waitUntil(() -> banner.isVisible() && banner.getText().startsWith("Holding judgement"));
        assertTrue(banner.getText().contains("30.0s"), banner.getText());
        assertEquals(StatePalette.DARK.colour(CellState.ALIVE), cellColour(robot, "web-1"), "not convicted for our own stall");
    }

    @Test
    void movingTheSuspectSliderPastASilentNodesSilenceBringsItBackToAlive(FxRobot robot) {
        robot.interact(() -> feed.heartbeat("web-1", Map.of()));
        robot.interact(() -> feed.clock.advanceMillis(4_000)); // default suspect-after is 3 s
        waitUntil(() -> cellColour(robot, "web-1") == StatePalette.DARK.colour(CellState.SUSPECT));

        Node thumb = robot.lookup("#suspectSlider .thumb").query();
        robot.drag(thumb).moveBy(60, 0).drop();

        waitUntil(() -> cellColour(robot, "web-1") == StatePalette.DARK.colour(CellState.ALIVE));
        assertEquals(NodeState.ALIVE, Fx.get(() -> feed.membership.view("web-1")).state());
        long suspectAfter = Fx.get(() -> feed.membership.view("web-1")).suspectAfterNanos();
        assertTrue(suspectAfter > Duration.ofSeconds(4).toNanos(), "slider moved suspect-after past 4 s: " + suspectAfter);
    }

    @Test
    void hoverDescribesTheCellUnderTheMouseAndClickEnterEscDriveTheDetails(FxRobot robot) {
        robot.interact(() -> {
            feed.heartbeat("web-1", Map.of("role", "web"));
            feed.heartbeat("web-2", Map.of("role", "web"));
            feed.heartbeat("db-1", Map.of("role", "db"));
        });
        waitUntil(() -> grid.order().size() == 3);

        robot.moveTo(cellCentre(robot, "web-2"));
        waitUntil(() -> "web-2".equals(grid.hoveredIdProperty().get()));
        String tip = Fx.get(grid::tooltipText);
        assertTrue(tip.startsWith("web-2\n127.0.0.1:"), tip);
        assertTrue(tip.contains("Alive") && tip.contains("last heartbeat"), tip);

        robot.clickOn(cellCentre(robot, "web-2"));
        assertEquals("web-2", grid.selectedIdProperty().get());
        robot.type(KeyCode.RIGHT);
        assertEquals("db-1", grid.selectedIdProperty().get());
        robot.type(KeyCode.ENTER);
        Node details = robot.lookup(".details-panel").query();
        waitUntil(details::isVisible);
        waitUntil(() -> robot.lookup(".details-title").queryLabeled().getText().equals("db-1"));
        java.util.List<String> logsOpened = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> window.controller().setMenuActions(new MenuActions() {
            @Override
            public void openLogs(String id) {
                logsOpened.add(String.valueOf(id));
            }

            @Override
            public void openExport() {
            }

            @Override
            public void openIngestHealth() {
            }

            @Override
            public void openAbout() {
            }
        }));
        robot.clickOn("Node log…");
        waitUntil(() -> logsOpened.equals(java.util.List.of("db-1")));
        robot.clickOn(grid);
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !details.isVisible());
    }

    @Test
    void slashFocusesSearchAndAQueryNarrowsTheGrid(FxRobot robot) {
        robot.interact(() -> {
            feed.heartbeat("web-1", Map.of("role", "web", "zone", "eu-1"));
            feed.heartbeat("web-2", Map.of("role", "web", "zone", "us-1"));
            feed.heartbeat("db-1", Map.of("role", "db", "zone", "eu-1"));
        });
        waitUntil(() -> grid.order().size() == 3);
        robot.clickOn(grid).type(KeyCode.SLASH);
        TextField search = robot.lookup(".search").queryAs(TextField.class);
        assertTrue(search.isFocused());
        robot.write("zone:eu-1");
        waitUntil(() -> search.getText().equals("zone:eu-1"));
        waitUntil(() -> grid.order().size() == 2);
        robot.interact(() -> search.setText("web-*"));
        waitUntil(() -> grid.order().size() == 2 && grid.cellBounds("db-1") == null);
    }

    @Test
    void clickingAStateCountFiltersToThatState(FxRobot robot) {
        robot.interact(() -> {
            feed.heartbeat("a", Map.of());
            feed.heartbeat("b", Map.of());
            feed.leave("b");
        });
        waitUntil(() -> grid.order().size() == 2);
        robot.clickOn(".count-left");
        waitUntil(() -> grid.order().size() == 1 && grid.cellBounds("b") != null);
        robot.clickOn(".count-left");
        waitUntil(() -> grid.order().size() == 2);
    }

    @Test
    void aNodeMembershipFindsFlappingIsMarkedInTheGridAndSaysSoInTheDetailsUntilItCalmsDown(FxRobot robot) {
        robot.interact(() -> {
            feed.heartbeat("web-1", Map.of());
            feed.heartbeat("calm", Map.of());
        });
        waitUntil(() -> grid.order().size() == 2);
        // web-1 bounces: 4 s of silence (suspect after 3 s), then a heartbeat; calm beats every second.
        robot.interact(() -> silence("web-1", 12, 4));
        int slot = Fx.get(() -> feed.membership.view("web-1").slot());
        int calmSlot = Fx.get(() -> feed.membership.view("calm").slot());
        waitUntil(() -> grid.flappingSlots().get(slot));
        assertFalse(grid.flappingSlots().get(calmSlot));

        robot.clickOn(cellCentre(robot, "web-1")).type(KeyCode.ENTER);
        javafx.scene.control.Label line = robot.lookup(".details-flapping").queryAs(javafx.scene.control.Label.class);
        waitUntil(line::isVisible);
        assertTrue(line.getText().matches("\u21C5 Flapping: \\d+% weighted state change in 2m"), line.getText());

        robot.interact(() -> silence("web-1", 150, 1)); // quiet for longer than the flap window
        waitUntil(() -> !grid.flappingSlots().get(slot));
        waitUntil(() -> !line.isVisible());
    }

    /** {@code cycles} times: {@code seconds} of virtual time in 1-s ticks with only "calm" beating, then one from {@code id}. */
    private void silence(String id, int cycles, int seconds) {
        for (int i = 0; i < cycles; i++) {
            for (int sec = 0; sec < seconds; sec++) {
                feed.clock.advanceMillis(1_000);
                feed.membership.advance();
                feed.heartbeat("calm", Map.of());
            }
            feed.heartbeat(id, Map.of());
        }
    }

    private int cellColour(FxRobot robot, String id) {
        return Fx.get(() -> {
            Rectangle2D b = grid.cellBounds(id);
            if (b == null) {
                return 0; // not placed yet: the caller keeps waiting
            }
            // The glyph's top-left pixel is solid in the state colour for ALIVE, SUSPECT and DEAD, at any size.
            int inset = b.getWidth() >= dev.pulsegrid.ui.grid.CellStamps.TILE_SIZE ? 3 : 0;
            return grid.drawnPixel(b.getMinX() + inset, b.getMinY() + inset);
        });
    }

    private Point2D cellCentre(FxRobot robot, String id) {
        return Fx.get(() -> {
            Rectangle2D b = grid.cellBounds(id);
            return grid.localToScreen(b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2);
        });
    }

    static void waitUntil(BooleanSupplier condition) {
        Fx.waitUntil(condition);
    }
}
