package dev.pulsegrid.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pulsegrid.detect.FixedTimeoutDetector;
import dev.pulsegrid.settings.ListenerChoice;
import dev.pulsegrid.settings.Settings;
import dev.pulsegrid.settings.SettingsStore;
import dev.pulsegrid.settings.StartupSettings;
import dev.pulsegrid.ui.grid.NodeGridView;
import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.file.Path;
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

/** Listeners turned on in ☰ → Integrations… are saved, and started again by the next window. */
class StoredListenersTest {
    @TempDir
    Path dir;

    private PulsegridApp app;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void collectdTurnedOnInTheDialogIsSavedWithItsFieldsAndOffIsSavedToo() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        FxRobot robot = launch(store, Settings.NONE);
        robot.clickOn("☰").clickOn("Integrations…");
        robot.interact(() -> {
            robot.lookup("#collectd-port").queryAs(TextField.class).setText("0");
            robot.lookup("#collectd-bind").queryAs(TextField.class).setText("127.0.0.1");
        });
        robot.clickOn("#collectd-on");
        waitUntil(() -> store.load().settings().collectd() != null);
        assertEquals(ListenerChoice.collectd(true, 0, "127.0.0.1", "none", ""), store.load().settings().collectd());
        assertEquals(null, store.load().settings().ganglia(), "Ganglia was not touched: nothing stored for it");

        robot.clickOn("#collectd-on");
        waitUntil(() -> !store.load().settings().collectd().enabled());
        assertEquals(ListenerChoice.collectd(false, 0, "127.0.0.1", "none", ""), store.load().settings().collectd(),
                "off keeps the fields for next time");
    }

    @Test
    void aStoredCollectdListenerRunsAtStartShowsInTheDialogAndFeedsTheGrid() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        Settings stored = Settings.NONE.withCollectd(ListenerChoice.collectd(true, 0, "127.0.0.1", "none", ""));
        store.save(stored);
        FxRobot robot = launch(store, store.load().settings());
        robot.clickOn("☰").clickOn("Integrations…");
        Label status = robot.lookup("#collectd-status").queryAs(Label.class);
        waitUntil(() -> status.getText().startsWith("On — collectd: UDP 127.0.0.1:"));
        assertEquals("127.0.0.1", Fx.get(robot.lookup("#collectd-bind").queryAs(TextField.class)::getText));
        int bound = Integer.parseInt(Fx.get(status::getText).replaceAll(".*127\\.0\\.0\\.1:(\\d+).*", "$1"));

        byte[] packet;
        try (InputStream in = getClass().getResourceAsStream("/collectd/none-000.bin")) {
            packet = in.readAllBytes();
        }
        try (DatagramSocket s = new DatagramSocket()) {
            s.send(new DatagramPacket(packet, packet.length, InetAddress.getLoopbackAddress(), bound));
        }
        NodeGridView grid = robot.lookup(".node-grid").queryAs(NodeGridView.class);
        waitUntil(() -> grid.cellBounds("pg-capture-host") != null);
        assertEquals("collectd", Fx.get(() -> grid.snapshot().find("pg-capture-host").source()));
    }

    @Test
    void aStoredListenerOnABusyPortIsAStartProblemAndStaysOff() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        try (DatagramSocket taken = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            Settings stored = Settings.NONE.withCollectd(
                    ListenerChoice.collectd(true, taken.getLocalPort(), "127.0.0.1", "none", ""));
            FxRobot robot = launch(store, stored);
            waitUntil(() -> robot.lookup(".problem-dialog").tryQuery().isPresent());
            DialogPane dialog = robot.lookup(".problem-dialog").queryAs(DialogPane.class);
            assertEquals("The stored collectd listener did not start: UDP 127.0.0.1:" + taken.getLocalPort()
                    + " is already in use", Fx.get(dialog::getHeaderText));
            robot.clickOn("Continue");
            robot.clickOn("☰").clickOn("Integrations…");
            assertEquals("Off", Fx.get(robot.lookup("#collectd-status").queryAs(Label.class)::getText));
            assertEquals(String.valueOf(taken.getLocalPort()),
                    Fx.get(robot.lookup("#collectd-port").queryAs(TextField.class)::getText), "the stored port, to change");
        }
    }

    private FxRobot launch(SettingsStore store, Settings stored) throws Exception {
        FxToolkit.registerPrimaryStage();
        PulsegridApp.configure(new GuiConfig("127.0.0.1", 0, 0, FixedTimeoutDetector.defaults(), null)
                .withNotifications(false)
                .withSettings(new StartupSettings(stored, stored.withDetector(FixedTimeoutDetector.defaults()), store, null)));
        app = (PulsegridApp) FxToolkit.setupApplication(PulsegridApp::new);
        FxRobot robot = new FxRobot();
        Label listening = robot.lookup(".listening").queryAs(Label.class);
        waitUntil(() -> listening.getText().startsWith("listening on udp 127.0.0.1:"));
        return robot;
    }

    private static void waitUntil(BooleanSupplier c) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> Fx.get(c::getAsBoolean));
        } catch (TimeoutException e) {
            throw new AssertionError("not within 15 s", e);
        }
    }
}
