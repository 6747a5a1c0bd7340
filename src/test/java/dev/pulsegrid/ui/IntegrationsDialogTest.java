package dev.pulsegrid.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pulsegrid.cluster.NodeView;
import dev.pulsegrid.detect.FixedTimeoutDetector;
import dev.pulsegrid.ui.grid.NodeGridView;
import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
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

/** ☰ → Integrations…: collectd turned on and off live on the running app, fed a real captured collectd packet. */
class IntegrationsDialogTest {
    private PulsegridApp app;

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void collectdOnAnEphemeralPortFeedsTheGridAndOffReleasesThePort() throws Exception {
        FxRobot robot = launch();
        robot.clickOn("☰").clickOn("Integrations…");
        TextField port = robot.lookup("#collectd-port").queryAs(TextField.class);
        assertEquals("25826", Fx.get(port::getText), "collectd's default port is offered");
        Label status = robot.lookup("#collectd-status").queryAs(Label.class);
        assertEquals("Off", Fx.get(status::getText));
        robot.interact(() -> {
            port.setText("0");
            robot.lookup("#collectd-bind").queryAs(TextField.class).setText("127.0.0.1");
        });
        robot.clickOn("#collectd-on");
        waitUntil(() -> status.getText().startsWith("On — collectd: UDP 127.0.0.1:"));
        int bound = Integer.parseInt(Fx.get(status::getText).replaceAll(".*127\\.0\\.0\\.1:(\\d+).*", "$1"));
        assertTrue(bound > 0, Fx.get(status::getText));

        byte[] packet;
        try (InputStream in = getClass().getResourceAsStream("/collectd/none-000.bin")) {
            packet = in.readAllBytes();
        }
        try (DatagramSocket s = new DatagramSocket()) {
            s.send(new DatagramPacket(packet, packet.length, InetAddress.getLoopbackAddress(), bound));
        }
        NodeGridView grid = robot.lookup(".node-grid").queryAs(NodeGridView.class);
        waitUntil(() -> grid.cellBounds("pg-capture-host") != null);
        NodeView host = Fx.get(() -> grid.snapshot().find("pg-capture-host"));
        assertEquals("collectd", host.source());

        robot.clickOn("#collectd-on");
        waitUntil(() -> status.getText().equals("Off"));
        try (DatagramSocket again = new DatagramSocket(bound, InetAddress.getLoopbackAddress())) {
            assertEquals(bound, again.getLocalPort(), "the port was released");
        }
    }

    @Test
    void aBusyPortAndAnUnreadableAuthFileAreSaidInTheDialogAndTheListenerStaysOff() throws Exception {
        FxRobot robot = launch();
        robot.clickOn("☰").clickOn("Integrations…");
        Label status = robot.lookup("#collectd-status").queryAs(Label.class);
        Label error = robot.lookup("#collectd-error").queryAs(Label.class);
        try (DatagramSocket taken = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            robot.interact(() -> {
                robot.lookup("#collectd-port").queryAs(TextField.class).setText(String.valueOf(taken.getLocalPort()));
                robot.lookup("#collectd-bind").queryAs(TextField.class).setText("127.0.0.1");
            });
            robot.clickOn("#collectd-on");
            waitUntil(() -> error.getText().contains("already in use"));
            assertEquals("UDP 127.0.0.1:" + taken.getLocalPort() + " is already in use: stop what listens there,"
                    + " or choose another port (0 picks a free one)", Fx.get(error::getText));
            assertEquals("Off", Fx.get(status::getText));
            assertTrue(Fx.get(error::getText).contains(String.valueOf(taken.getLocalPort())), Fx.get(error::getText));
        }
        robot.interact(() -> {
            robot.lookup("#collectd-port").queryAs(TextField.class).setText("0");
            robot.lookup("#collectd-auth").queryAs(TextField.class).setText("/nonexistent/collectd.passwd");
        });
        robot.clickOn("#collectd-on");
        waitUntil(() -> error.getText().contains("cannot be read"));
        assertEquals("Off", Fx.get(status::getText));
        robot.interact(() -> robot.lookup("#collectd-port").queryAs(TextField.class).setText("70000"));
        robot.clickOn("#collectd-on");
        waitUntil(() -> error.getText().contains("outside 0 to 65535"));
    }

    @Test
    void gangliaOnFeedsTheGridAndTheIngestHealthWindowCountsItsDatagramsPerSource() throws Exception {
        FxRobot robot = launch();
        robot.clickOn("☰").clickOn("Integrations…");
        assertEquals("8649", Fx.get(robot.lookup("#ganglia-port").queryAs(TextField.class)::getText));
        robot.interact(() -> {
            robot.lookup("#ganglia-port").queryAs(TextField.class).setText("0");
            robot.lookup("#ganglia-bind").queryAs(TextField.class).setText("127.0.0.1");
        });
        robot.clickOn("#ganglia-on");
        Label status = robot.lookup("#ganglia-status").queryAs(Label.class);
        waitUntil(() -> status.getText().startsWith("On — ganglia: UDP 127.0.0.1:"));
        int bound = Integer.parseInt(Fx.get(status::getText).replaceAll(".*127\\.0\\.0\\.1:(\\d+).*", "$1"));
        int sent = 0;
        try (DatagramSocket s = new DatagramSocket()) {
            for (int i = 0; ; i++) {
                InputStream in = getClass().getResourceAsStream(String.format("/ganglia/plain/%03d.bin", i));
                if (in == null) {
                    break;
                }
                byte[] p;
                try (in) {
                    p = in.readAllBytes();
                }
                s.send(new DatagramPacket(p, p.length, InetAddress.getLoopbackAddress(), bound));
                sent++;
            }
        }
        NodeGridView grid = robot.lookup(".node-grid").queryAs(NodeGridView.class);
        waitUntil(() -> grid.cellBounds("vm") != null);
        assertEquals("ganglia", Fx.get(() -> grid.snapshot().find("vm").source()));

        robot.clickOn("☰").clickOn("Ingest health…");
        javafx.scene.control.TableView<?> table = robot.lookup("#health-sources").queryAs(javafx.scene.control.TableView.class);
        int total = sent;
        waitUntil(() -> table.getItems().stream().map(SourceRow.class::cast)
                .anyMatch(r -> r.source().equals("ganglia") && r.running() && r.datagrams() == total));
        SourceRow collectd = Fx.get(() -> table.getItems().stream().map(SourceRow.class::cast)
                .filter(r -> r.source().equals("collectd")).findFirst().orElseThrow());
        assertTrue(!collectd.running(), "collectd is off: " + collectd);
        assertTrue(robot.lookup(String.valueOf(total)).tryQuery().isPresent(), "the ganglia row shows " + total + " datagrams");
    }

    private FxRobot launch() throws Exception {
        FxToolkit.registerPrimaryStage();
        PulsegridApp.configure(new GuiConfig("127.0.0.1", 0, 0, FixedTimeoutDetector.defaults(), null)
                .withNotifications(false));
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
