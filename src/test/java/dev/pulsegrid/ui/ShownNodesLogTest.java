package dev.pulsegrid.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pulsegrid.cluster.ManualClock;
import dev.pulsegrid.cluster.NodeState;
import dev.pulsegrid.detect.FixedTimeoutDetector;
import dev.pulsegrid.journal.EventKind;
import dev.pulsegrid.journal.Journal;
import dev.pulsegrid.journal.JournalEvent;
import dev.pulsegrid.journal.JournalWriter;
import dev.pulsegrid.ui.grid.Inventory;
import dev.pulsegrid.ui.grid.NodeGridView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** ☰ → "Node logs — N nodes shown": the node log and its export for the group the grid shows. */
@ExtendWith(ApplicationExtension.class)
class ShownNodesLogTest {
    @TempDir
    Path dir;

    private MembershipFeed feed;
    private MainWindow window;
    private NodeGridView grid;
    private Path journalPath;

    @Start
    void start(Stage stage) {
        journalPath = dir.resolve("journal.db");
        Journal journal = Journal.open(journalPath);
        ManualClock clock = new ManualClock();
        long t = clock.wallMillis() - 60_000;
        try (JournalWriter w = JournalWriter.start(journal, clock)) {
            for (int i = 0; i < 25; i++) {
                w.record(event(t + i, "db-" + i, NodeState.ALIVE, "first heartbeat"));
                w.record(event(t + 100 + i, "db-" + i, NodeState.SUSPECT, "no heartbeat for 3.0s"));
            }
            for (int i = 0; i < 5; i++) {
                w.record(event(t + 200 + i, "web-" + i, NodeState.ALIVE, "first heartbeat"));
            }
        }
        feed = new MembershipFeed(FixedTimeoutDetector.defaults());
        window = MainWindow.load(new MainWindow.Parts(feed, n -> "", new TransitionLog(), Inventory.NONE, 0,
                ListenStatus.listening("0.0.0.0:9797", 9797), Notifier.off(), FixedTimeoutDetector.defaults()));
        window.controller().setMenuActions(new AppMenu(stage, journalPath, () -> null));
        grid = window.controller().grid();
        stage.setScene(new Scene(window.root(), 1200, 800));
        stage.show();
    }

    private static JournalEvent event(long wall, String node, NodeState to, String reason) {
        return new JournalEvent(0, wall, EventKind.TRANSITION, node, NodeState.ALIVE, to, reason, "10.0.0.1:9797", 1, Map.of());
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages(); // hiding the viewers stops their polling
    }

    @Test
    void theSearchedSubsetsLogListsOnlyTheirEventsAndItsExportOnlyTheirRows(FxRobot robot) throws Exception {
        robot.interact(() -> {
            for (int i = 0; i < 25; i++) {
                feed.heartbeat("db-" + i, Map.of("role", "db"));
            }
            for (int i = 0; i < 5; i++) {
                feed.heartbeat("web-" + i, Map.of("role", "web"));
            }
        });
        Fx.waitUntil(() -> grid.order().size() == 30);
        robot.clickOn(".search").write("role:db");
        Fx.waitUntil(() -> grid.order().size() == 25);

        robot.clickOn("☰");
        robot.clickOn("Node logs — 25 nodes shown…");
        Fx.waitUntil(() -> robot.lookup(".journal-table").tryQuery().isPresent());
        TableView<?> table = robot.lookup(".journal-table").queryAs(TableView.class);
        Fx.waitUntil(() -> table.getItems().size() == 50);
        Set<String> nodes = Fx.get(() -> table.getItems().stream().map(r -> ((JournalEvent) r).nodeId())
                .collect(Collectors.toSet()));
        assertEquals(25, nodes.size());
        assertTrue(nodes.stream().allMatch(n -> n.startsWith("db-")), nodes.toString());
        assertEquals("the 25 nodes shown; type ids to narrow",
                Fx.get(robot.lookup("#nodeFilter").queryAs(TextField.class)::getPromptText));
        assertEquals("Node log — 25 nodes", Fx.get(() -> ((Stage) table.getScene().getWindow()).getTitle()));

        robot.clickOn("#exportButton");
        Fx.waitUntil(() -> robot.lookup("#exportStart").tryQuery().isPresent());
        Path out = dir.resolve("exports/db.csv");
        robot.interact(() -> robot.lookup("#exportPath").queryAs(TextField.class).setText(out.toString()));
        assertTrue(robot.lookup("25 nodes (db-0, db-1, db-10, …)").tryQuery().isPresent(), "the scope names the group");
        robot.clickOn("#exportStart");
        javafx.scene.control.Label status = robot.lookup("#exportStatus").queryAs(javafx.scene.control.Label.class);
        Fx.waitUntil(() -> status.getText().startsWith("Wrote"));
        assertEquals("Wrote 50 rows to " + out, Fx.get(status::getText));
        List<String> lines = Files.readAllLines(out);
        assertEquals(51, lines.size());
        assertTrue(lines.stream().skip(1).allMatch(l -> l.contains(",db-")), lines.toString());
        assertTrue(lines.stream().noneMatch(l -> l.contains("web-")), "no row of a node the grid did not show");
    }

    @Test
    void moreThanTenThousandNodesShownIsSaidAndTheLogOfAllIsOffered(FxRobot robot) {
        robot.interact(() -> {
            for (int i = 0; i <= ShownNodes.MAX; i++) {
                feed.heartbeat("n-" + i, Map.of());
            }
        });
        Fx.waitUntil(() -> grid.order().size() == ShownNodes.MAX + 1);
        robot.clickOn("☰");
        robot.clickOn("Node logs — 10,001 nodes shown…");
        Fx.waitUntil(() -> robot.lookup(".too-many-nodes").tryQuery().isPresent());
        javafx.scene.control.DialogPane pane = robot.lookup(".too-many-nodes").queryAs(javafx.scene.control.DialogPane.class);
        assertTrue(Fx.get(pane::getContentText).startsWith("The grid shows 10,001 nodes, more than 10,000 for one node log."),
                Fx.get(pane::getContentText));
        robot.clickOn("Open all nodes");
        Fx.waitUntil(() -> robot.lookup(".journal-table").tryQuery().isPresent());
        TableView<?> table = robot.lookup(".journal-table").queryAs(TableView.class);
        Fx.waitUntil(() -> table.getItems().size() == 55);
        assertEquals("Node log — all nodes", Fx.get(() -> ((Stage) table.getScene().getWindow()).getTitle()));
    }
}
