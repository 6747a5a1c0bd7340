package dev.pulsegrid.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pulsegrid.cluster.NodeState;
import dev.pulsegrid.detect.FixedTimeoutDetector;
import dev.pulsegrid.settings.OverrideSpec;
import dev.pulsegrid.settings.Settings;
import dev.pulsegrid.settings.SettingsStore;
import dev.pulsegrid.ui.grid.Inventory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** ☰ → Overrides…: an override typed in the dialog judges the selected node at once and is saved. */
@ExtendWith(ApplicationExtension.class)
class OverridesDialogTest {
    @TempDir
    static Path dir;

    private MembershipFeed feed;
    private MainWindow window;
    private SettingsStore store;
    private OperatorSettings settings;

    @Start
    void start(Stage stage) throws Exception {
        store = new SettingsStore(Files.createTempDirectory(dir, "cfg").resolve("pulsegrid/settings.json"));
        settings = new OperatorSettings(Settings.NONE, store);
        feed = new MembershipFeed(FixedTimeoutDetector.defaults());
        window = MainWindow.load(new MainWindow.Parts(feed, n -> "", new TransitionLog(), Inventory.NONE, 0,
                ListenStatus.listening("0.0.0.0:9797", 9797), Notifier.off(), FixedTimeoutDetector.defaults(), settings,
                List.of()));
        window.controller().setMenuActions(new AppMenu(stage, null, () -> null, window.detectors()));
        stage.setScene(new Scene(window.root(), 1200, 800));
        stage.show();
    }

    @Test
    void anOverrideAddedInTheDialogJudgesTheSelectedNodeLiveAndIsSaved(FxRobot robot) throws Exception {
        robot.interact(() -> {
            feed.heartbeat("db-1", Map.of("role", "db"));
            feed.heartbeat("web-1", Map.of("role", "web"));
        });
        openDetails(robot, "db-1");
        waitUntil(() -> detailsLine().equals("Detector: default"));
        robot.interact(() -> feed.clock.advanceMillis(5_000)); // past the default suspect-after of 3 s
        waitUntil(() -> feed.membership.view("db-1").state() == NodeState.SUSPECT);

        robot.clickOn("☰").clickOn("Overrides…");
        robot.clickOn("#overrideSelector").write("role=db");
        robot.clickOn("#overrideSettings").write("suspect-after=10s,dead-after=30s");
        robot.clickOn("#addOverride");

        waitUntil(() -> detailsLine().equals("Detector: role=db override — suspect 10 s, dead 30 s"));
        assertEquals(NodeState.ALIVE, Fx.get(() -> feed.membership.view("db-1").state()), "5 s silent is within 10 s");
        assertEquals(NodeState.SUSPECT, Fx.get(() -> feed.membership.view("web-1").state()), "other groups keep the default");

        settings.flushed().get(5, TimeUnit.SECONDS);
        Settings saved = new SettingsStore(store.file()).load().settings();
        assertEquals(1, saved.overrides().size());
        assertEquals("role=db", saved.overrides().get(0).label());
        assertEquals(new FixedTimeoutDetector(Duration.ofSeconds(10), Duration.ofSeconds(30)), saved.overrides().get(0).detector());

        robot.clickOn("#resetOverrides");
        waitUntil(() -> detailsLine().equals("Detector: default"));
        assertEquals(NodeState.SUSPECT, Fx.get(() -> feed.membership.view("db-1").state()));
        settings.flushed().get(5, TimeUnit.SECONDS);
        Settings afterReset = new SettingsStore(store.file()).load().settings();
        assertEquals(List.of(), afterReset.overrides());
        assertNull(afterReset.detector(), "back to the built-in default");
    }

    @Test
    void resetToDefaultsAlsoShowsTheDefaultDetectorInTheTuningPanel(FxRobot robot) throws Exception {
        robot.clickOn("#detectorKind");
        robot.clickOn("phi");
        waitUntil(() -> feed.membership.detector() instanceof dev.pulsegrid.detect.PhiAccrualDetector);
        javafx.scene.control.TextField flags = robot.lookup("#flagsText").queryAs(javafx.scene.control.TextField.class);
        waitUntil(() -> flags.getText().startsWith("--detector phi"));

        robot.clickOn("☰").clickOn("Overrides…");
        robot.clickOn("#resetOverrides");

        waitUntil(() -> feed.membership.detector().equals(FixedTimeoutDetector.defaults()));
        waitUntil(() -> flags.getText().equals(dev.pulsegrid.cli.DetectorOptions.flagsFor(FixedTimeoutDetector.defaults())));
        assertEquals("fixed", Fx.get(() -> String.valueOf(
                robot.lookup("#detectorKind").queryAs(javafx.scene.control.ComboBox.class).getValue())));
        assertEquals(3.0, Fx.get(() -> robot.lookup("#suspectSpinner").queryAs(javafx.scene.control.Spinner.class)
                .getValue() instanceof Double d ? d : -1.0), 1e-9, "the sliders show the setting in force");
    }

    @Test
    void aMistypedOverrideIsExplainedAndChangesNothing(FxRobot robot) throws Exception {
        robot.interact(() -> feed.heartbeat("db-1", Map.of("role", "db")));
        robot.clickOn("☰").clickOn("Overrides…");
        robot.clickOn("#overrideSelector").write("role");
        robot.clickOn("#overrideSettings").write("dead-after=30s");
        robot.clickOn("#addOverride");
        waitUntil(() -> robot.lookup("#overrideProblem").queryLabeled().getText().contains("'role' is not key=value"));
        assertEquals(List.of(), Fx.get(() -> window.detectors().policy().overrides()));
        assertTrue(Files.notExists(store.file()), "nothing applied, nothing saved");
    }

    @Test
    void moveUpChangesWhichOverrideWinsAndRemoveHandsTheNodeOnLive(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.detectors().setOverrides(List.of(OverrideSpec.parse("role=db:dead-after=30s"),
                    OverrideSpec.parse("role=db,zone=eu-1:dead-after=60s")));
            feed.heartbeat("db-eu", Map.of("role", "db", "zone", "eu-1"));
        });
        assertEquals("role=db", Fx.get(() -> feed.membership.view("db-eu").detectorOverride()), "first match wins");

        robot.clickOn("☰").clickOn("Overrides…");
        robot.clickOn("role=db,zone=eu-1  —  fixed suspect-after 3s dead-after 1m");
        robot.clickOn("#moveOverrideUp");
        waitUntil(() -> "role=db,zone=eu-1".equals(feed.membership.view("db-eu").detectorOverride()));
        assertEquals(60_000_000_000L, Fx.get(() -> feed.membership.view("db-eu").deadAfterNanos()));

        robot.clickOn("#removeOverride");
        waitUntil(() -> "role=db".equals(feed.membership.view("db-eu").detectorOverride()));
        settings.flushed().get(5, TimeUnit.SECONDS);
        assertEquals(List.of(OverrideSpec.parse("role=db:dead-after=30s")),
                new SettingsStore(store.file()).load().settings().overrides());
    }

    private String detailsLine() {
        return Fx.get(() -> {
            javafx.scene.control.Label l = (javafx.scene.control.Label) window.root().lookup("#detector");
            return l == null ? "" : l.getText();
        });
    }

    private void openDetails(FxRobot robot, String id) {
        waitUntil(() -> window.controller().grid().cellBounds(id) != null);
        Rectangle2D b = Fx.get(() -> window.controller().grid().cellBounds(id));
        robot.clickOn(Fx.get(() -> window.controller().grid().localToScreen(b.getMinX() + b.getWidth() / 2,
                b.getMinY() + b.getHeight() / 2)));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup(".details-title").queryLabeled().getText().equals(id));
    }

    private static void waitUntil(java.util.function.BooleanSupplier c) {
        Fx.waitUntil(c);
    }
}
