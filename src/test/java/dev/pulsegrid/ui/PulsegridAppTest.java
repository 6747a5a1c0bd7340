package dev.pulsegrid.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pulsegrid.detect.FixedTimeoutDetector;
import dev.pulsegrid.ui.grid.NodeGridView;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole app: a real Monitor on a loopback UDP port, the real demo cluster on the real clock.
 * Waits are bounded and only for the first heartbeats (about one second), never for timeouts.
 */
class PulsegridAppTest {
    private PulsegridApp app;

    private FxRobot launch(GuiConfig config) throws Exception {
        FxToolkit.registerPrimaryStage();
        PulsegridApp.configure(config);
        app = (PulsegridApp) FxToolkit.setupApplication(PulsegridApp::new);
        return new FxRobot();
    }

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void listensOnTheRealPortAndAJsonDatagramBecomesACell() throws Exception {
        FxRobot robot = launch(new GuiConfig("127.0.0.1", 0, 0, FixedTimeoutDetector.defaults(), null).withNotifications(false));
        Label listening = robot.lookup(".listening").queryAs(Label.class);
        waitUntil(() -> listening.getText().startsWith("listening on udp 127.0.0.1:"));
        int port = Integer.parseInt(Fx.get(listening::getText).replaceAll(".*:", ""));
        assertEquals("java -jar target/pulsegrid.jar agent --id web-1 --to 127.0.0.1:" + port,
                robot.lookup(".command").queryAs(TextField.class).getText());
        try (DatagramSocket s = new DatagramSocket()) {
            byte[] json = "{\"id\":\"db-7\"}".getBytes(StandardCharsets.UTF_8);
            s.send(new DatagramPacket(json, json.length, InetAddress.getLoopbackAddress(), port));
        }
        NodeGridView grid = robot.lookup(".node-grid").queryAs(NodeGridView.class);
        waitUntil(() -> grid.cellBounds("db-7") != null);
    }

    @Test
    void aPortInUseIsABannerAndTheDemoStillFillsTheGrid() throws Exception {
        try (DatagramSocket taken = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            FxRobot robot = launch(new GuiConfig("127.0.0.1", taken.getLocalPort(), 0, FixedTimeoutDetector.defaults(), null).withNotifications(false));
            Label banner = robot.lookup(".banner").queryAs(Label.class);
            waitUntil(banner::isVisible);
            String text = Fx.get(banner::getText);
            assertTrue(text.contains("already in use") && text.contains("--port"), text);

            robot.clickOn("Start demo cluster");
            NodeGridView grid = robot.lookup(".node-grid").queryAs(NodeGridView.class);
            // The simulated cluster loses 2% of datagrams and may crash a node before its first hello:
            // "fills the grid" is 95% of the demo's nodes within seconds, not an exact count.
            waitUntil(() -> grid.order().size() >= GuiConfig.DEFAULT_DEMO_NODES * 95 / 100);
        }
    }

    @Test
    void storedOverridesJudgeRealHeartbeatsAndTheWindowSizeIsSavedOnClose(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        dev.pulsegrid.settings.SettingsStore store = new dev.pulsegrid.settings.SettingsStore(dir.resolve("settings.json"));
        dev.pulsegrid.settings.Settings stored = dev.pulsegrid.settings.Settings.NONE
                .withOverrides(java.util.List.of(dev.pulsegrid.settings.OverrideSpec.parse("role=db:suspect-after=10s,dead-after=30s")))
                .withWindowSize(900, 700);
        FxRobot robot = launch(new GuiConfig("127.0.0.1", 0, 0, FixedTimeoutDetector.defaults(), null).withNotifications(false)
                .withSettings(new dev.pulsegrid.settings.StartupSettings(stored, stored, store, "settings were odd")));
        Label banner = robot.lookup(".banner").queryAs(Label.class);
        waitUntil(() -> banner.isVisible() && banner.getText().equals("settings were odd"));
        assertEquals(900.0, Fx.get(() -> app.window().root().getScene().getWindow().getWidth()), 1.0, "stored size restored");
        Label listening = robot.lookup(".listening").queryAs(Label.class);
        waitUntil(() -> listening.getText().startsWith("listening on udp 127.0.0.1:"));
        int port = Integer.parseInt(Fx.get(listening::getText).replaceAll(".*:", ""));
        try (DatagramSocket s = new DatagramSocket()) {
            byte[] json = "{\"id\":\"db-7\",\"meta\":{\"role\":\"db\"}}".getBytes(StandardCharsets.UTF_8);
            s.send(new DatagramPacket(json, json.length, InetAddress.getLoopbackAddress(), port));
        }
        NodeGridView grid = robot.lookup(".node-grid").queryAs(NodeGridView.class);
        waitUntil(() -> grid.cellBounds("db-7") != null);
        assertEquals("role=db", Fx.get(() -> app.window().controller().grid().node(0).detectorOverride()));
        assertEquals(30_000_000_000L, Fx.get(() -> app.window().controller().grid().node(0).deadAfterNanos()));

        robot.interact(() -> app.window().root().getScene().getWindow().setWidth(1000));
        FxToolkit.cleanupApplication(app); // stop(): the size the operator left is saved
        app = null;
        dev.pulsegrid.settings.Settings back = new dev.pulsegrid.settings.SettingsStore(store.file()).load().settings();
        assertEquals(1000.0, back.windowWidth(), 1.0);
        assertEquals(stored.overrides(), back.overrides());
    }

    private static void waitUntil(BooleanSupplier c) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> Fx.get(c::getAsBoolean));
        } catch (TimeoutException e) {
            throw new AssertionError("not within 15 s", e);
        }
    }
}
