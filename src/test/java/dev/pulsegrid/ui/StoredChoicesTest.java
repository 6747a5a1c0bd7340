package dev.pulsegrid.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pulsegrid.cluster.NodeState;
import dev.pulsegrid.detect.FixedTimeoutDetector;
import dev.pulsegrid.settings.Settings;
import dev.pulsegrid.settings.SettingsStore;
import dev.pulsegrid.ui.grid.Inventory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window starts from the stored theme and notification choices, and saves the operator's changes. */
@ExtendWith(ApplicationExtension.class)
class StoredChoicesTest {
    @TempDir
    static Path dir;

    private MembershipFeed feed;
    private MainWindow window;
    private SettingsStore store;
    private OperatorSettings settings;
    private final Notifier notifier = Notifier.off();

    @Start
    void start(Stage stage) throws Exception {
        store = new SettingsStore(Files.createTempDirectory(dir, "cfg").resolve("settings.json"));
        Settings stored = Settings.NONE.withDark(false).withNotifyStates(EnumSet.of(NodeState.DEAD, NodeState.LEFT));
        store.save(stored);
        settings = new OperatorSettings(new SettingsStore(store.file()).load().settings(), store);
        feed = new MembershipFeed(FixedTimeoutDetector.defaults());
        window = MainWindow.load(new MainWindow.Parts(feed, n -> "", new TransitionLog(), Inventory.NONE, 0,
                ListenStatus.listening("0.0.0.0:9797", 9797), notifier, FixedTimeoutDetector.defaults(), settings,
                List.of()));
        stage.setScene(new Scene(window.root(), 1200, 800));
        stage.show();
    }

    @Test
    void storedThemeAndNotificationsComeBackAndChangesAreSaved(FxRobot robot) throws Exception {
        assertTrue(Fx.get(() -> window.root().getStyleClass().contains("light")), "stored light theme, whatever the system says");
        assertEquals(Set.of(NodeState.DEAD, NodeState.LEFT), Fx.get(() -> Set.copyOf(notifier.enabled())));

        robot.clickOn(robot.lookup(".toggle-button").match(n -> n instanceof ToggleButton t && "Light".equals(t.getText()))
                .queryAs(ToggleButton.class));
        robot.clickOn("Notify").clickOn("✕ Dead");

        Fx.waitUntil(() -> !notifier.enabled().contains(NodeState.DEAD));
        settings.flushed().get(5, TimeUnit.SECONDS);
        Settings back = new SettingsStore(store.file()).load().settings();
        assertEquals(true, back.dark());
        assertEquals(Set.of(NodeState.LEFT), back.notifyStates());
        assertFalse(Fx.get(() -> window.root().getStyleClass().contains("light")));
    }

    @Test
    void theTuningPanelsAppliedDetectorIsSavedAsTheDefault(FxRobot robot) throws Exception {
        javafx.scene.Node thumb = robot.lookup("#suspectSlider .thumb").query();
        robot.drag(thumb).moveBy(60, 0).drop();
        Fx.waitUntil(() -> settings.current().detector() != null);
        settings.flushed().get(5, TimeUnit.SECONDS);
        FixedTimeoutDetector saved = (FixedTimeoutDetector) new SettingsStore(store.file()).load().settings().detector();
        assertTrue(saved.suspectAfter().compareTo(Duration.ofSeconds(3)) > 0, "dragged right from 3 s: " + saved);
        assertEquals(saved.suspectAfter().toNanos(), Fx.get(() -> feed.membership.detector().suspectAfterNanos(null)),
                "what is saved is what is in force");
    }
}
