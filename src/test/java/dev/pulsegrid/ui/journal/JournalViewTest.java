package dev.pulsegrid.ui.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pulsegrid.cluster.ManualClock;
import dev.pulsegrid.cluster.NodeState;
import dev.pulsegrid.journal.EventKind;
import dev.pulsegrid.journal.Journal;
import dev.pulsegrid.journal.JournalEvent;
import dev.pulsegrid.journal.JournalQuery;
import dev.pulsegrid.journal.JournalWriter;
import dev.pulsegrid.ui.Fx;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The node log viewer over a real journal file: the robot types filters and runs an export. */
@ExtendWith(ApplicationExtension.class)
class JournalViewTest {
    @TempDir
    Path dir;
    final ManualClock clock = new ManualClock();
    Journal journal;
    JournalView view;

    @Start
    void start(Stage stage) {
        journal = Journal.open(dir.resolve("journal.db"));
        long t = clock.wallMillis() - 10_000;
        try (JournalWriter w = JournalWriter.start(journal, clock)) {
            w.record(JournalEvent.monitor(t, EventKind.MONITOR_START, "listening on 0.0.0.0:9797"));
            w.record(ev(t + 1_000, "db-1", null, NodeState.ALIVE, "first heartbeat"));
            w.record(ev(t + 2_000, "web-1", null, NodeState.ALIVE, "first heartbeat"));
            w.record(ev(t + 3_000, "db-1", NodeState.ALIVE, NodeState.SUSPECT, "no heartbeat for 3.0s"));
            w.record(new JournalEvent(0, t + 4_000, EventKind.META_CHANGE, "web-1", NodeState.ALIVE, NodeState.ALIVE,
                    "disk almost full", "10.0.0.2:9797", 1, Map.of("disk", "97%")));
            w.record(ev(t + 5_000, "db-1", NodeState.SUSPECT, NodeState.DEAD, "no heartbeat for 10.0s"));
        }
        view = JournalView.load(journal, clock, Set.of(), 50);
        stage.setScene(new Scene(view.root(), 1100, 600));
        stage.show();
    }

    static JournalEvent ev(long wall, String node, NodeState from, NodeState to, String reason) {
        return new JournalEvent(0, wall, EventKind.TRANSITION, node, from, to, reason, "10.0.0.1:9797", 1, Map.of());
    }

    @AfterEach
    void stop() {
        view.controller().close();
    }

    private List<String> reasons() {
        return Fx.get(() -> view.controller().rows().stream().map(JournalEvent::reason).toList());
    }

    @Test
    void filtersNarrowTheTable(FxRobot robot) {
        Fx.waitUntil(() -> view.controller().rows().size() == 6);
        TableView<?> table = robot.lookup(".journal-table").queryAs(TableView.class);
        assertEquals(6, Fx.get(() -> table.getItems().size()));

        robot.clickOn("#nodeFilter").write("db-1");
        Fx.waitUntil(() -> view.controller().rows().size() == 3);
        assertEquals(List.of("first heartbeat", "no heartbeat for 3.0s", "no heartbeat for 10.0s"), reasons());

        @SuppressWarnings("unchecked")
        ComboBox<String> kind = robot.lookup("#kindFilter").queryAs(ComboBox.class);
        robot.interact(() -> kind.getSelectionModel().select("TRANSITION"));
        robot.interact(() -> robot.lookup("#nodeFilter").queryAs(TextField.class).clear());
        Fx.waitUntil(() -> view.controller().rows().size() == 4);

        robot.interact(() -> kind.getSelectionModel().select(JournalViewController.ALL_KINDS));
        robot.clickOn("#textFilter").write("DISK");
        Fx.waitUntil(() -> reasons().equals(List.of("disk almost full")));
    }

    @Test
    void newRowsAppearWhileTheViewIsOpenAndTheTimelineShowsEachNode(FxRobot robot) {
        Fx.waitUntil(() -> view.controller().rows().size() == 6);
        try (JournalWriter w = JournalWriter.start(journal, clock)) {
            w.record(ev(clock.wallMillis(), "db-1", NodeState.DEAD, NodeState.ALIVE, "heartbeat after 12.0s"));
        }
        Fx.waitUntil(() -> view.controller().rows().size() == 7);
        assertEquals("heartbeat after 12.0s", reasons().get(6));
        assertEquals(2, Fx.get(() -> view.controller().timeline().nodeRows()), "db-1 and web-1 have transitions");
    }

    @Test
    void theExportDialogWritesTheFilteredRowsToAFile(FxRobot robot) throws Exception {
        Path out = dir.resolve("exports/db-1.csv");
        ExportDialog[] dialog = new ExportDialog[1];
        robot.interact(() -> {
            dialog[0] = new ExportDialog(journal, JournalQuery.ALL.withNodes(Set.of("db-1")), out);
            Stage s = new Stage();
            s.setScene(new Scene(dialog[0].root(), 560, 220));
            s.show();
        });
        robot.clickOn("#exportStart");
        Fx.waitUntil(() -> dialog[0].status.getText().startsWith("Wrote"));
        assertEquals("Wrote 3 rows to " + out, Fx.get(() -> dialog[0].status.getText()));
        List<String> lines = Files.readAllLines(out);
        assertEquals(4, lines.size());
        assertTrue(lines.get(0).startsWith("id,time,wall_ms,kind,node"));
        assertTrue(lines.stream().skip(1).allMatch(l -> l.contains(",db-1,")), lines.toString());
        assertEquals(1.0, Fx.get(() -> dialog[0].progress.getProgress()), 1e-9);
    }
}
