package dev.pulsegrid.ui.peer;

import dev.pulsegrid.detect.Durations;
import dev.pulsegrid.net.HostPort;
import dev.pulsegrid.net.Monitor;
import dev.pulsegrid.net.gossip.GossipPeer;
import dev.pulsegrid.net.gossip.PeerConfig;
import java.net.InetAddress;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * "Join cluster": seeds, fanout, own node id, gossip port, and the gossip timers (T_fail, T_cleanup).
 * Join makes the running monitor a peer; while joined the timers stay editable and apply live.
 * Problems are shown inline, one line naming the field and the fix. Binding and the goodbye run
 * off the FX thread.
 */
public final class JoinClusterDialog {
    private final ClusterSession session;
    private final Supplier<Monitor> monitor;
    private final Stage stage = new Stage();
    final TextField seeds = field("joinSeeds", "");
    final TextField fanout = field("joinFanout", String.valueOf(PeerConfig.DEFAULT_FANOUT));
    final TextField nodeId = field("joinNodeId", hostName());
    final TextField port = field("joinPort", "9798");
    final TextField tFail = field("gossipTFail", Durations.format(PeerConfig.DEFAULT_T_FAIL));
    final TextField tCleanup = field("gossipTCleanup", "");
    private final Label error = new Label();
    private final Label status = new Label();
    private final Button join = new Button("Join");
    private final Button apply = new Button("Apply timers");
    private final Button leave = new Button("Leave cluster");

    public JoinClusterDialog(Window owner, ClusterSession session, Supplier<Monitor> monitor) {
        this.session = session;
        this.monitor = monitor;
        seeds.setPromptText("HOST:PORT,HOST:PORT (empty: start a new mesh)");
        tCleanup.setPromptText("2 x T_fail");
        error.getStyleClass().add("join-error");
        error.setWrapText(true);
        error.setMaxWidth(460);
        status.getStyleClass().add("join-status");
        join.setId("joinButton");
        apply.setId("applyTimersButton");
        leave.setId("leaveClusterButton");
        join.setDefaultButton(true);
        join.setOnAction(e -> join());
        apply.setOnAction(e -> applyTimers());
        leave.setOnAction(e -> leave());
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.setPadding(new Insets(12));
        int row = 0;
        g.addRow(row++, new Label("Seeds"), seeds);
        g.addRow(row++, new Label("Fanout"), fanout);
        g.addRow(row++, new Label("Own node id"), nodeId);
        g.addRow(row++, new Label("Gossip port"), port);
        Label timers = new Label("Gossip timers (apply live while joined)");
        timers.setStyle("-fx-font-weight: bold");
        g.add(timers, 0, row++, 2, 1);
        g.addRow(row++, new Label("T_fail"), tFail);
        g.addRow(row++, new Label("T_cleanup"), tCleanup);
        g.add(error, 0, row++, 2, 1);
        g.add(status, 0, row++, 2, 1);
        g.add(new HBox(8, join, apply, leave), 0, row, 2, 1);
        stage.setTitle("Join cluster");
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setScene(new Scene(g));
        refresh();
    }

    public void show() {
        refresh();
        stage.show();
        stage.toFront();
    }

    Stage stage() {
        return stage;
    }

    private static TextField field(String id, String text) {
        TextField f = new TextField(text);
        f.setId(id);
        f.setPrefColumnCount(28);
        return f;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "workstation";
        }
    }

    private void refresh() {
        boolean in = session.joined();
        for (TextField f : new TextField[] {seeds, fanout, nodeId, port}) {
            f.setDisable(in);
        }
        join.setDisable(in);
        apply.setDisable(!in);
        leave.setDisable(!in);
        GossipPeer p = session.peer();
        status.setText(p == null ? "Not a member of a gossip mesh." : "Member as " + p.config().nodeId() + " on UDP "
                + HostPort.format(p.localAddress()) + ", T_fail " + Durations.format(p.config().tFail())
                + ", T_cleanup " + Durations.format(p.config().tCleanup()));
    }

    private void join() {
        Monitor m = monitor.get();
        if (m == null) {
            error.setText("The monitor is still starting; try again in a moment.");
            return;
        }
        String host = m.localAddress() == null ? "0.0.0.0" : m.localAddress().getAddress().getHostAddress();
        JoinForm.Result r = new JoinForm(seeds.getText(), fanout.getText(), nodeId.getText(), port.getText(),
                tFail.getText(), tCleanup.getText()).toConfig(host);
        if (r.error() != null) {
            error.setText(r.error());
            return;
        }
        error.setText("");
        join.setDisable(true);
        status.setText("Joining…");
        Thread t = new Thread(() -> {
            String problem = null;
            try {
                session.join(m, r.config());
            } catch (Exception e) {
                problem = e.getMessage();
            }
            String shown = problem;
            Platform.runLater(() -> {
                error.setText(shown == null ? "" : shown);
                refresh();
            });
        }, "pulsegrid-join");
        t.setDaemon(true);
        t.start();
    }

    private void applyTimers() {
        JoinForm.Timers t = JoinForm.timers(tFail.getText(), tCleanup.getText());
        if (t.error() != null) {
            error.setText(t.error());
            return;
        }
        try {
            session.setTimers(t.fail(), t.cleanup());
            error.setText("");
        } catch (IllegalArgumentException e) {
            error.setText(e.getMessage());
        }
        refresh();
    }

    private void leave() {
        leave.setDisable(true);
        status.setText("Saying goodbye…");
        Thread t = new Thread(() -> {
            session.leave();
            Platform.runLater(this::refresh);
        }, "pulsegrid-leave");
        t.setDaemon(true);
        t.start();
    }

    /** Leaves gracefully from the ☰ menu, without opening the dialog; {@code then} runs on the FX thread. */
    public static void leaveInBackground(ClusterSession session, Runnable then) {
        Thread t = new Thread(() -> {
            session.leave();
            Platform.runLater(then);
        }, "pulsegrid-leave");
        t.setDaemon(true);
        t.start();
    }
}
