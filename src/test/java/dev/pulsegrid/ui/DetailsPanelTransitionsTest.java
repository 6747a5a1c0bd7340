package dev.pulsegrid.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pulsegrid.detect.FixedTimeoutDetector;
import dev.pulsegrid.ui.grid.Inventory;
import dev.pulsegrid.ui.grid.NodeGridView;
import java.util.List;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The details panel's "Recent transitions": the selected node's own, and says so when there are none. */
@ExtendWith(ApplicationExtension.class)
class DetailsPanelTransitionsTest {
    private MembershipFeed feed;
    private NodeGridView grid;

    @Start
    void start(Stage stage) {
        feed = new MembershipFeed(FixedTimeoutDetector.defaults());
        TransitionLog log = new TransitionLog();
        feed.addListener(log);
        Inventory expected = Inventory.parse(List.of("web-1", "web-2", "db-9"), "test inventory");
        MainWindow window = MainWindow.load(new MainWindow.Parts(feed, n -> "", log, expected, 0,
                ListenStatus.listening("0.0.0.0:9797", 9797), Notifier.off(), FixedTimeoutDetector.defaults()));
        grid = window.controller().grid();
        stage.setScene(new Scene(window.root(), 1200, 800));
        stage.show();
    }

    @Test
    void aMissingNodeShowsNoneRatherThanThePreviousNodesStory(FxRobot robot) {
        robot.interact(() -> {
            feed.heartbeat("web-1", Map.of());
            feed.heartbeat("web-2", Map.of());
        });
        robot.interact(() -> feed.clock.advanceMillis(4_000)); // silent past the 3 s suspect-after
        robot.interact(() -> feed.heartbeat("web-1", Map.of())); // web-1 back: ALIVE -> SUSPECT -> ALIVE
        MainWindowTest.waitUntil(() -> grid.order().size() == 3);
        ListView<?> list = robot.lookup(".transitions").queryAs(ListView.class);

        open(robot, "web-1");
        MainWindowTest.waitUntil(() -> list.getItems().size() == 2);

        open(robot, "db-9"); // in the inventory, never heard
        MainWindowTest.waitUntil(() -> robot.lookup(".details-title").queryLabeled().getText().equals("db-9"));
        MainWindowTest.waitUntil(() -> "None: never heard from".equals(((Label) list.getPlaceholder()).getText()));
        assertEquals(0, Fx.get(() -> list.getItems().size()), "web-1's transitions must not stay under db-9's name");
    }

    private void open(FxRobot robot, String id) {
        robot.clickOn(Fx.get(() -> {
            Rectangle2D b = grid.cellBounds(id);
            return grid.localToScreen(b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2);
        }));
        robot.type(KeyCode.ENTER);
        MainWindowTest.waitUntil(() -> robot.lookup(".details-title").queryLabeled().getText().equals(id));
    }
}
