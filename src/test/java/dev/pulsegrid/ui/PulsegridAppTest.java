package dev.pulsegrid.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pulsegrid.detect.FixedTimeoutDetector;
import dev.pulsegrid.ui.grid.NodeGridView;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
    void aPortInUseIsADialogNamingThePortAndTheFixThenABannerAndTheDemoStillFillsTheGrid() throws Exception {
        try (DatagramSocket taken = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            FxRobot robot = launch(new GuiConfig("127.0.0.1", taken.getLocalPort(), 0, FixedTimeoutDetector.defaults(), null).withNotifications(false));
            DialogPane dialog = awaitDialog(robot);
            assertEquals("UDP 127.0.0.1:" + taken.getLocalPort() + " is already in use", Fx.get(dialog::getHeaderText));
            assertTrue(Fx.get(dialog::getContentText).contains("Stop it, or retry on another port"), Fx.get(dialog::getContentText));
            robot.clickOn("Continue without listening");
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
    void retryOnAnotherPortFromTheDialogListensThereAndClearsTheBanner() throws Exception {
        try (DatagramSocket taken = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            FxRobot robot = launch(new GuiConfig("127.0.0.1", taken.getLocalPort(), 0, FixedTimeoutDetector.defaults(), null).withNotifications(false));
            awaitDialog(robot);
            robot.clickOn("Retry on another port…");
            waitUntil(() -> robot.lookup("#retry-port").tryQuery().isPresent());
            robot.interact(() -> robot.lookup("#retry-port").queryAs(TextField.class).setText("0"));
            robot.clickOn("OK");
            Label listening = robot.lookup(".listening").queryAs(Label.class);
            waitUntil(() -> listening.getText().startsWith("listening on udp 127.0.0.1:"));
            int port = Integer.parseInt(Fx.get(listening::getText).replaceAll(".*:", ""));
            assertTrue(port != taken.getLocalPort() && port > 0, Fx.get(listening::getText));
            waitUntil(() -> !robot.lookup(".banner").queryAs(Label.class).isVisible());
            try (DatagramSocket s = new DatagramSocket()) {
                byte[] json = "{\"id\":\"db-8\"}".getBytes(StandardCharsets.UTF_8);
                s.send(new DatagramPacket(json, json.length, InetAddress.getLoopbackAddress(), port));
            }
            NodeGridView grid = robot.lookup(".node-grid").queryAs(NodeGridView.class);
            waitUntil(() -> grid.cellBounds("db-8") != null);
        }
    }

    @Test
    void aMalformedInventoryIsADialogNamingTheLineAndTheWindowRunsWithoutIt(@TempDir Path dir) throws Exception {
        Path inventory = Files.writeString(dir.resolve("nodes.txt"), "web-1 role=web\nweb-2 zone\n");
        FxRobot robot = launch(new GuiConfig("127.0.0.1", 0, 0, FixedTimeoutDetector.defaults(), inventory).withNotifications(false));
        DialogPane dialog = awaitDialog(robot);
        assertEquals("Inventory " + inventory + " not loaded: " + inventory + ":2: 'zone' is not key=value"
                + " (write: node-id role=db zone=eu-1)", Fx.get(dialog::getHeaderText));
        assertTrue(Fx.get(dialog::getContentText).startsWith("Fix the file"), Fx.get(dialog::getContentText));
        robot.clickOn("Continue without the inventory");
        Label listening = robot.lookup(".listening").queryAs(Label.class);
        waitUntil(() -> listening.getText().startsWith("listening on udp 127.0.0.1:"));
        NodeGridView grid = robot.lookup(".node-grid").queryAs(NodeGridView.class);
        assertTrue(Fx.get(() -> grid.cellBounds("web-1") == null), "no inventory node is shown as MISSING");
    }

    @Test
    void anIntegrationThatCannotStartIsADialogAndABannerWhileTheMonitorKeepsListening() throws Exception {
        try (DatagramSocket taken = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            java.net.InetSocketAddress busy = new java.net.InetSocketAddress("127.0.0.1", taken.getLocalPort());
            // what `gui --collectd 127.0.0.1:PORT` attaches, on a port the test holds
            FxRobot robot = launch(new GuiConfig("127.0.0.1", 0, 0, FixedTimeoutDetector.defaults(), null)
                    .withNotifications(false)
                    .withAttachment(m -> dev.pulsegrid.net.integrations.SourceSwitch.of(m).startCollectd(
                            new dev.pulsegrid.net.integrations.CollectdSetup(busy,
                                    dev.pulsegrid.protocol.collectd.SecurityLevel.NONE, null))));
            DialogPane dialog = awaitDialog(robot);
            assertEquals("UDP 127.0.0.1:" + taken.getLocalPort() + " is already in use (another Pulsegrid or monitor is"
                    + " listening there)", Fx.get(dialog::getHeaderText));
            assertEquals("Stop it, or choose another port with --collectd N.", Fx.get(dialog::getContentText));
            robot.clickOn("Continue");
            Label listening = robot.lookup(".listening").queryAs(Label.class);
            assertTrue(Fx.get(listening::getText).startsWith("listening on udp 127.0.0.1:"), Fx.get(listening::getText));
            assertTrue(Fx.get(robot.lookup(".banner").queryAs(Label.class)::isVisible));
        }
    }

    @Test
    void anAddressNotOnThisMachineIsADialogWithoutARetryOnAnotherPort() throws Exception {
        // 192.0.2.1 is TEST-NET-1 (RFC 5737): no interface here has it
        FxRobot robot = launch(new GuiConfig("192.0.2.1", 0, 0, FixedTimeoutDetector.defaults(), null).withNotifications(false));
        DialogPane dialog = awaitDialog(robot);
        assertEquals("No network interface has address 192.0.2.1", Fx.get(dialog::getHeaderText));
        assertTrue(Fx.get(dialog::getContentText).startsWith("Start again with --bind 0.0.0.0"), Fx.get(dialog::getContentText));
        assertEquals(List.of("Continue without listening", "Quit"), Fx.get(() -> dialog.getButtonTypes().stream()
                .map(javafx.scene.control.ButtonType::getText).sorted().toList()));
        robot.clickOn("Continue without listening");
    }

    private static DialogPane awaitDialog(FxRobot robot) {
        waitUntil(() -> robot.lookup(".problem-dialog").tryQuery().isPresent());
        return robot.lookup(".problem-dialog").queryAs(DialogPane.class);
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
        DialogPane problem = awaitDialog(robot);
        assertEquals("Settings were odd", Fx.get(problem::getHeaderText));
        assertTrue(Fx.get(problem::getContentText).startsWith("Defaults are in force"), Fx.get(problem::getContentText));
        robot.clickOn("Continue");
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
