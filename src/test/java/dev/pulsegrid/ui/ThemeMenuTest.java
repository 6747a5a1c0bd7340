package dev.pulsegrid.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Theme menu with a fake desktop whose answer the test releases when it wants. */
@ExtendWith(ApplicationExtension.class)
class ThemeMenuTest {
    private MenuButton button;
    private RadioMenuItem system;
    private RadioMenuItem light;
    private RadioMenuItem dark;
    private final List<Boolean> applied = new ArrayList<>();
    private final CountDownLatch desktopAnswers = new CountDownLatch(1);

    @Start
    void start(Stage stage) {
        button = new MenuButton("Theme");
        system = new RadioMenuItem("System");
        light = new RadioMenuItem("Light");
        dark = new RadioMenuItem("Dark");
        button.getItems().addAll(system, light, dark);
        stage.setScene(new Scene(new StackPane(button), 300, 200));
        stage.show();
    }

    private ThemeMenu create(FxRobot robot, boolean guess, boolean desktopSaysDark) {
        return Fx.get(() -> new ThemeMenu(button, system, light, dark, guess, applied::add, () -> {
            try {
                desktopAnswers.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return desktopSaysDark;
        }));
    }

    private boolean themeQueryRunning() {
        return !themeQueryDone();
    }

    /** The query thread has finished and its runLater (if any) has run before this FX call. */
    private boolean themeQueryDone() {
        return Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals("pulsegrid-theme-query"));
    }

    private Boolean lastApplied() {
        return Fx.get(() -> applied.get(applied.size() - 1));
    }

    @Test
    void followsTheDesktopOnceItAnswersWhileSystemIsChosen(FxRobot robot) {
        create(robot, true, false);
        assertEquals(true, lastApplied(), "the environment's guess until the desktop answers");
        assertEquals(true, Fx.get(system::isSelected));
        desktopAnswers.countDown();
        Fx.waitUntil(() -> !applied.get(applied.size() - 1));
        assertEquals("☀ Light", Fx.get(button::getText));
    }

    @Test
    void theOperatorsChoiceWinsOverALateDesktopAnswer(FxRobot robot) {
        create(robot, false, false);
        robot.interact(() -> dark.setSelected(true));
        assertEquals(true, lastApplied());
        desktopAnswers.countDown();
        Fx.waitUntil(() -> applied.size() >= 3 || themeQueryDone());
        assertEquals(true, lastApplied(), "Dark chosen: the desktop's 'light' is not applied");
        robot.interact(() -> light.setSelected(true));
        assertEquals(false, lastApplied());
        robot.interact(() -> system.setSelected(true));
        Fx.waitUntil(() -> !applied.get(applied.size() - 1));
        assertEquals("☀ Light", Fx.get(button::getText));
    }

    @Test
    void aStoredChoiceIsRestoredAndEachLaterChoiceIsReportedForSaving(FxRobot robot) {
        desktopAnswers.countDown(); // the desktop says dark at once
        ThemeMenu menu = create(robot, true, true);
        List<Boolean> saved = new ArrayList<>();
        robot.interact(() -> {
            menu.choose(false); // the stored choice, applied before anyone listens
            menu.setOnChoice(saved::add);
        });
        assertEquals(true, Fx.get(light::isSelected));
        Fx.waitUntil(() -> !applied.get(applied.size() - 1) && !themeQueryRunning());
        assertEquals(false, lastApplied(), "Light stays: the desktop's late 'dark' does not override it");
        robot.interact(() -> dark.setSelected(true));
        robot.interact(() -> system.setSelected(true));
        assertEquals(java.util.Arrays.asList(true, null), Fx.get(() -> new ArrayList<>(saved)));
    }
}
