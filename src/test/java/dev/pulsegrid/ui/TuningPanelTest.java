package dev.pulsegrid.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pulsegrid.cli.DetectorOptions;
import dev.pulsegrid.cluster.NodeState;
import dev.pulsegrid.detect.AdaptiveDetector;
import dev.pulsegrid.detect.FailureDetector;
import dev.pulsegrid.detect.FixedTimeoutDetector;
import dev.pulsegrid.detect.PhiAccrualDetector;
import dev.pulsegrid.detect.PhiAccrualSettings;
import dev.pulsegrid.ui.grid.Inventory;
import dev.pulsegrid.ui.grid.NodeGridView;
import java.time.Duration;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import picocli.CommandLine;

/** The tuning panel over a real Membership in virtual time: detector choice, live apply, what-if while dragging, drill-down. */
@ExtendWith(ApplicationExtension.class)
class TuningPanelTest {
    private MembershipFeed feed;
    private NodeGridView grid;

    @Start
    void start(Stage stage) {
        feed = new MembershipFeed(FixedTimeoutDetector.defaults());
        MainWindow window = MainWindow.load(new MainWindow.Parts(feed, n -> "", new TransitionLog(), Inventory.NONE, 10,
                ListenStatus.listening("0.0.0.0:9797", 9797), Notifier.off(), FixedTimeoutDetector.defaults()));
        grid = window.controller().grid();
        stage.setScene(new Scene(window.root(), 1260, 780));
        stage.show();
    }

    /** A minute of 1 s heartbeats from web-1..4; web-4 falls silent after 30 s (DEAD now), web-2 misses 6 s once. */
    private void history(FxRobot robot) {
        robot.interact(() -> {
            for (int t = 0; t < 60; t++) {
                feed.clock.advanceMillis(1000);
                for (int n = 1; n <= 4; n++) {
                    boolean lost = n == 2 && t >= 20 && t < 26;
                    if (!lost && (n != 4 || t < 30)) {
                        feed.heartbeat("web-" + n, Map.of());
                    }
                }
                feed.snapshot();
            }
        });
        Fx.waitUntil(() -> grid.order().size() == 4);
        assertEquals(NodeState.DEAD, Fx.get(() -> feed.membership.view("web-4")).state());
    }

    @Test
    void thePanelSaysHowLongACrashWouldTakeToBeDeclaredPerGroupOfTheGrid(FxRobot robot) {
        robot.interact(() -> {
            feed.heartbeat("web-1", Map.of("role", "web"));
            feed.heartbeat("web-2", Map.of("role", "web"));
            feed.heartbeat("db-1", Map.of("role", "db"));
            feed.snapshot();
            grid.groupKeyProperty().set("role");
        });
        javafx.scene.control.Label line = robot.lookup(".detection-text").queryAs(javafx.scene.control.Label.class);
        // fixed defaults: every node's crash is declared 10 s after its last heartbeat
        Fx.waitUntil(() -> line.getText().equals(
                "A crash would be declared after 10.0s (median), 10.0s at worst · role=web 10.0s · role=db 10.0s"));
        assertTrue(Fx.get(() -> line.getTooltip().getText()).contains("role=web: 2 nodes, median 10.0s, worst 10.0s"));
    }

    @CommandLine.Command(name = "host")
    static final class Host implements Runnable {
        @CommandLine.Mixin
        DetectorOptions options = new DetectorOptions();
        FailureDetector built;

        @Override
        public void run() {
            built = options.toDetector();
        }
    }

    private static FailureDetector parsedByTheCli(String flags) {
        Host h = new Host();
        assertEquals(0, new CommandLine(h).execute(flags.split(" ")), flags);
        return h.built;
    }

    @Test
    void switchingToPhiAndMovingAControlAppliesAPhiDetectorWithThoseValuesAndShowsItsFlags(FxRobot robot) {
        robot.clickOn("#detectorKind");
        robot.clickOn("phi");
        Fx.waitUntil(() -> feed.membership.detector() instanceof PhiAccrualDetector);

        Node thumb = robot.lookup("#phiDeadSlider .thumb").query();
        robot.drag(thumb).moveBy(30, 0).drop();
        robot.clickOn("More");
        robot.doubleClickOn("#windowSpinner .text-field").write("500\n");

        @SuppressWarnings("unchecked")
        Spinner<Double> dead = robot.lookup("#phiDeadSpinner").queryAs(Spinner.class);
        Fx.waitUntil(() -> feed.membership.detector() instanceof PhiAccrualDetector p && p.settings().maxSampleSize() == 500);
        PhiAccrualSettings s = ((PhiAccrualDetector) feed.membership.detector()).settings();
        assertNotEquals(PhiAccrualSettings.DEFAULT_DEAD_THRESHOLD, s.deadThreshold(), "the slider moved the dead threshold");
        assertEquals(dead.getValue(), s.deadThreshold(), 1e-9, "what the spinner shows is what is applied");
        assertEquals(new PhiAccrualSettings(PhiAccrualSettings.DEFAULT_SUSPECT_THRESHOLD, dead.getValue(),
                PhiAccrualSettings.DEFAULT_MIN_STD_DEV, PhiAccrualSettings.DEFAULT_ACCEPTABLE_PAUSE, 500,
                PhiAccrualSettings.DEFAULT_FIRST_HEARTBEAT_ESTIMATE), s);

        String flags = robot.lookup("#flagsText").queryAs(TextField.class).getText();
        assertTrue(flags.startsWith("--detector phi --phi-suspect 5 --phi-dead "), flags);
        assertEquals(s, ((PhiAccrualDetector) parsedByTheCli(flags)).settings(), "the CLI reproduces the GUI's setting");
    }

    @Test
    void adaptiveBudgetsApplyAndTheirFlagsReproduceTheDetector(FxRobot robot) {
        robot.clickOn("#detectorKind");
        robot.clickOn("adaptive");
        robot.doubleClickOn("#falseDeadEverySpinner .text-field").write("720\n"); // 30 days
        Fx.waitUntil(() -> feed.membership.detector() instanceof AdaptiveDetector a
                && a.settings().falseDeadEvery().equals(Duration.ofDays(30)));
        AdaptiveDetector a = (AdaptiveDetector) feed.membership.detector();
        String flags = robot.lookup("#flagsText").queryAs(TextField.class).getText();
        assertTrue(flags.contains("--false-dead-every 30d"), flags);
        assertEquals(a.settings(), ((AdaptiveDetector) parsedByTheCli(flags)).settings());
    }

    @Test
    void fixedTimeoutsReadAsMissedHeartbeatsToo(FxRobot robot) {
        history(robot);
        robot.doubleClickOn("#suspectSpinner .text-field").write("4.5\n");
        Fx.waitUntil(() -> feed.membership.detector() instanceof FixedTimeoutDetector f
                && f.suspectAfter().equals(Duration.ofMillis(4500)));
        Label hint = (Label) robot.lookup("#suspectSlider").query().getParent().getChildrenUnmodifiable().get(4);
        assertEquals("≈ 4.5 missed @1s", hint.getText());
    }

    @Test
    void draggingShowsTheWhatIfWithoutApplyingAndItsIncidentsSelectTheirNode(FxRobot robot) {
        history(robot);
        FailureDetector before = feed.membership.detector();
        Label preview = robot.lookup("#previewText").queryAs(Label.class);

        Node thumb = robot.lookup("#deadSlider .thumb").query();
        robot.drag(thumb).moveBy(-40, 0); // held: valueChanging stays true

        Fx.waitUntil(() -> preview.getText().startsWith("What-if: "));
        assertEquals(before, feed.membership.detector(), "nothing applied while the slider is held");
        String text = preview.getText();
        assertTrue(text.contains("1 failure detected in"), text);
        assertTrue(text.contains("last 10m"), text);
        robot.drop();
        Fx.waitUntil(() -> !feed.membership.detector().equals(before));

        robot.clickOn("#incidentsButton");
        robot.clickOn(robot.lookup(".incident-list .list-cell").match(
                (Node n) -> n instanceof javafx.scene.control.ListCell<?> c && c.getText() != null
                        && c.getText().contains("web-4")).<Node>query());
        Fx.waitUntil(() -> "web-4".equals(grid.selectedIdProperty().get()));
    }

    @Test
    void aDragToTightTimeoutsCountsTheFalseAlarmAndTheNodesThatWouldChangeNow(FxRobot robot) {
        history(robot);
        robot.interact(() -> {
            feed.clock.advanceMillis(2_500); // everyone silent 2.5 s: ALIVE under 3 s
            feed.snapshot();
        });
        Label preview = robot.lookup("#previewText").queryAs(Label.class);
        Node thumb = robot.lookup("#suspectSlider .thumb").query();
        robot.drag(thumb).moveBy(-300, 0); // to the minimum, 0.2 s: web-1..3 would be SUSPECT now
        Fx.waitUntil(() -> preview.getText().contains("3 nodes would change state now"));
        String text = preview.getText();
        assertTrue(text.contains("last 10m: 200 false suspicions (0 DEAD)"), "every 1 s gap is a false alarm at 0.2 s: " + text);
        assertEquals(FixedTimeoutDetector.defaults(), feed.membership.detector(), "held: not applied");
        robot.drop();
    }

    @Test
    void aSettledChangeShowsInTheVeryNextFrame(FxRobot robot) {
        robot.interact(() -> feed.heartbeat("web-1", Map.of()));
        robot.interact(() -> feed.clock.advanceMillis(4_000)); // past suspect-after 3 s
        Fx.waitUntil(() -> grid.snapshot().find("web-1") != null && grid.snapshot().find("web-1").state() == NodeState.SUSPECT);
        @SuppressWarnings("unchecked")
        Spinner<Double> suspect = robot.lookup("#suspectSpinner").queryAs(Spinner.class);

        long before = Fx.get(() -> {
            suspect.getValueFactory().setValue(5.0); // as if typed: settles and applies at once
            return grid.snapshot().version();
        });

        Fx.waitUntil(() -> grid.snapshot().version() > before);
        assertEquals(NodeState.ALIVE, Fx.get(() -> grid.snapshot().find("web-1").state()),
                "the first frame after the change already shows the node judged by the new setting");
    }
}
