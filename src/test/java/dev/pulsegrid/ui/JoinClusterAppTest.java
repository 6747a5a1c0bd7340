package dev.pulsegrid.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pulsegrid.detect.FixedTimeoutDetector;
import dev.pulsegrid.net.HeartbeatAgent;
import dev.pulsegrid.net.HeartbeatSender;
import dev.pulsegrid.net.HostPort;
import dev.pulsegrid.net.Monitor;
import dev.pulsegrid.net.MonitorConfig;
import dev.pulsegrid.net.gossip.GossipPeer;
import dev.pulsegrid.net.gossip.PeerConfig;
import dev.pulsegrid.cluster.NodeState;
import dev.pulsegrid.cluster.NodeView;
import dev.pulsegrid.ui.grid.NodeGridView;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole app joins a real loopback mesh through the ☰ menu's dialog: a validation error shows
 * inline with its fix, then the window learns "legacy" — a plain agent that only ever sends to peer
 * a — second-hand, and the details panel says from whom; Leave cluster says goodbye to the mesh.
 */
class JoinClusterAppTest {
    private PulsegridApp app;
    private final List<AutoCloseable> mesh = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        for (int i = mesh.size() - 1; i >= 0; i--) {
            mesh.get(i).close();
        }
    }

    private GossipPeer peer(String id, InetSocketAddress... seeds) throws Exception {
        Monitor m = Monitor.start(MonitorConfig.listeningOn(null)
                .withDetector(new FixedTimeoutDetector(Duration.ofSeconds(2), Duration.ofSeconds(4))));
        mesh.add(m);
        GossipPeer p = GossipPeer.join(m, PeerConfig.of(id, new InetSocketAddress("127.0.0.1", 0), List.of(seeds))
                .withTiming(Duration.ofMillis(200), Duration.ofSeconds(4), Duration.ofSeconds(8)));
        mesh.add(p);
        return p;
    }

    @Test
    void theWindowJoinsThroughTheDialogAndShowsAMemberItOnlyHeardOfSecondHand() throws Exception {
        GossipPeer a = peer("a");
        GossipPeer b = peer("b", a.localAddress());
        HeartbeatSender sender = HeartbeatSender.open();
        mesh.add(sender);
        HeartbeatAgent legacy = new HeartbeatAgent(sender, "legacy", List.of(a.localAddress()), Duration.ofMillis(200), Map.of(), 42);
        mesh.add(legacy::stop);
        legacy.start();

        FxToolkit.registerPrimaryStage();
        PulsegridApp.configure(new GuiConfig("127.0.0.1", 0, 0, FixedTimeoutDetector.defaults(), null).withNotifications(false));
        app = (PulsegridApp) FxToolkit.setupApplication(PulsegridApp::new);
        FxRobot robot = new FxRobot();
        Label listening = robot.lookup(".listening").queryAs(Label.class);
        waitUntil(() -> listening.getText().startsWith("listening on udp 127.0.0.1:"));

        robot.clickOn("☰").clickOn("Join cluster…");
        waitUntil(() -> robot.lookup("#joinSeeds").tryQuery().isPresent());
        set(robot, "#joinSeeds", HostPort.format(a.localAddress()));
        set(robot, "#joinNodeId", "workstation");
        set(robot, "#joinPort", "0");
        set(robot, "#joinFanout", "none");
        robot.clickOn("#joinButton");
        Label error = robot.lookup(".join-error").queryAs(Label.class);
        waitUntil(() -> error.getText().startsWith("Fanout: 'none' is not a number; use"));
        set(robot, "#joinFanout", "2");
        robot.clickOn("#joinButton");
        waitUntil(() -> robot.lookup(".join-status").queryAs(Label.class).getText().startsWith("Member as workstation on UDP 127.0.0.1:"));
        assertTrue(Fx.get(error::getText).isEmpty());

        NodeGridView grid = robot.lookup(".node-grid").queryAs(NodeGridView.class);
        for (String id : List.of("a", "b", "workstation", "legacy")) {
            waitUntil(() -> grid.cellBounds(id) != null);
        }
        // The mesh sees the window as a member too.
        waitUntil(() -> state(b, "workstation") == NodeState.ALIVE);

        javafx.stage.Window dialog = robot.lookup("#joinSeeds").query().getScene().getWindow();
        robot.interact(dialog::hide); // it sits over the grid
        robot.clickOn(centre(robot, grid, "legacy"));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup(".details-title").queryLabeled().getText().equals("legacy"));
        Label facts = robot.lookup(".details-facts").queryAs(Label.class);
        try {
            waitUntil(() -> facts.getText().contains("Source  gossip — learned second-hand from "));
        } catch (AssertionError e) {
            throw new AssertionError(Fx.get(facts::getText), e);
        }
        String text = Fx.get(facts::getText);
        assertTrue(text.startsWith("Address  -\n"), "no datagram from legacy ever reached the window: " + text);
        robot.clickOn(centre(robot, grid, "b"));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> facts.getText().contains("heard directly"));

        // Gossip timers stay available while joined and apply live; a bad value shows its fix.
        robot.clickOn("☰").clickOn("Gossip timers…");
        set(robot, "#gossipTFail", "1s");
        robot.clickOn("#applyTimersButton");
        waitUntil(() -> error.getText().startsWith("T_fail: 1s is under two gossip rounds"));
        set(robot, "#gossipTFail", "30s");
        robot.clickOn("#applyTimersButton");
        waitUntil(() -> robot.lookup(".join-status").queryAs(Label.class).getText().contains("T_fail 30s, T_cleanup 1m"));

        robot.clickOn("#leaveClusterButton");
        waitUntil(() -> state(b, "workstation") == NodeState.LEFT);
        waitUntil(() -> robot.lookup(".join-status").queryAs(Label.class).getText().startsWith("Not a member"));
    }

    private static NodeState state(GossipPeer p, String id) {
        NodeView v = p.monitor().snapshot().find(id);
        return v == null ? null : v.state();
    }

    private static void set(FxRobot robot, String query, String text) {
        TextField f = robot.lookup(query).queryAs(TextField.class);
        robot.interact(() -> f.setText(text));
    }

    private static Point2D centre(FxRobot robot, NodeGridView grid, String id) {
        return Fx.get(() -> {
            Rectangle2D r = grid.cellBounds(id);
            return grid.localToScreen(r.getMinX() + r.getWidth() / 2, r.getMinY() + r.getHeight() / 2);
        });
    }

    private static void waitUntil(BooleanSupplier c) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Fx.get(c::getAsBoolean));
        } catch (TimeoutException e) {
            throw new AssertionError("not within 20 s", e);
        }
    }
}
