package dev.pulsegrid.ui;

import dev.pulsegrid.net.collectd.CollectdListener;
import dev.pulsegrid.net.ganglia.GangliaListener;
import dev.pulsegrid.net.integrations.CollectdSetup;
import dev.pulsegrid.net.integrations.GangliaSetup;
import dev.pulsegrid.net.integrations.SourceSwitch;
import dev.pulsegrid.protocol.collectd.SecurityLevel;
import java.io.File;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * ☰ → Integrations…: the collectd and Ganglia listeners of the running monitor, turned on and off
 * live. Shows what runs now (also when started by {@code --collectd}/{@code --ganglia}); a bad or
 * busy port, or an unreadable auth file, is said in the dialog and the listener stays off.
 */
final class IntegrationsDialog {
    private IntegrationsDialog() {
    }

    static Stage open(Window owner, SourceSwitch sources) {
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "pulsegrid-integrations");
            t.setDaemon(true);
            return t;
        });
        GridPane grid = new GridPane();
        grid.getStyleClass().add("integrations");
        grid.setHgap(10);
        grid.setVgap(6);
        grid.setPadding(new Insets(14));
        Label note = new Label("Each box turns its listener on or off at once, on the running monitor;"
                + " turn it off to change its settings.");
        note.setWrapText(true);
        grid.add(note, 0, 0, 3, 1);
        int row = collectd(grid, 1, sources, worker);
        grid.add(new Separator(), 0, row++, 3, 1);
        ganglia(grid, row, sources, worker);

        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Pulsegrid — integrations");
        stage.setScene(new Scene(grid, 640, 450));
        stage.setOnHidden(e -> worker.shutdown()); // a start or stop already asked for still completes
        stage.show();
        return stage;
    }

    private static int collectd(GridPane grid, int row, SourceSwitch sources, ExecutorService worker) {
        CollectdSetup now = sources.collectdSetup();
        TextField port = field("collectd-port", now == null ? String.valueOf(CollectdListener.DEFAULT_PORT)
                : String.valueOf(now.bind().getPort()), "25826");
        TextField bind = field("collectd-bind", now == null ? "" : now.bind().getAddress().getHostAddress(),
                "all interfaces");
        ComboBox<SecurityLevel> level = new ComboBox<>();
        level.setId("collectd-security");
        level.getItems().setAll(SecurityLevel.values());
        level.setConverter(new StringConverter<>() {
            @Override
            public String toString(SecurityLevel l) {
                return l == null ? "" : l.label().substring(0, 1).toUpperCase() + l.label().substring(1);
            }

            @Override
            public SecurityLevel fromString(String s) {
                return SecurityLevel.parse(s);
            }
        });
        level.setValue(now == null ? SecurityLevel.NONE : now.level());
        TextField auth = field("collectd-auth", now == null || now.authFile() == null ? "" : now.authFile().toString(),
                "collectd AuthFile ('user: password' lines)");
        Button browse = new Button("Browse…");
        browse.setOnAction(e -> {
            FileChooser c = new FileChooser();
            c.setTitle("collectd auth file");
            File f = c.showOpenDialog(grid.getScene().getWindow());
            if (f != null) {
                auth.setText(f.getPath());
            }
        });
        ListenerSection section = new ListenerSection("collectd", "Listen for collectd (binary network protocol)",
                List.of(port, bind, level, auth, browse), worker,
                () -> {
                    String p = port.getText(), b = bind.getText(), a = auth.getText();
                    SecurityLevel l = level.getValue();
                    return () -> {
                        sources.startCollectd(ListenerForm.collectd(p, b, l, a));
                        return sources.collectdDescription();
                    };
                },
                sources::stopCollectd, sources.collectdDescription());
        row = section.addTo(grid, row);
        grid.addRow(row++, new Label("Port"), port);
        grid.addRow(row++, new Label("Bind address"), bind);
        grid.addRow(row++, new Label("Security"), level);
        grid.addRow(row++, new Label("Auth file"), auth, browse);
        return section.addStatus(grid, row);
    }

    private static int ganglia(GridPane grid, int row, SourceSwitch sources, ExecutorService worker) {
        GangliaSetup now = sources.gangliaSetup();
        TextField port = field("ganglia-port", now == null ? String.valueOf(GangliaListener.DEFAULT_PORT)
                : String.valueOf(now.bind().getPort()), "8649");
        TextField bind = field("ganglia-bind", now == null ? "" : now.bind().getAddress().getHostAddress(),
                "all interfaces");
        TextField group = field("ganglia-group", now == null || now.group() == null ? "" : now.group().getHostAddress(),
                "none (unicast), or " + GangliaListener.DEFAULT_GROUP);
        ListenerSection section = new ListenerSection("ganglia", "Listen for Ganglia (gmond)",
                List.of(port, bind, group), worker,
                () -> {
                    String p = port.getText(), b = bind.getText(), g = group.getText();
                    return () -> {
                        sources.startGanglia(ListenerForm.ganglia(p, b, g));
                        return sources.gangliaDescription();
                    };
                },
                sources::stopGanglia, sources.gangliaDescription());
        row = section.addTo(grid, row);
        grid.addRow(row++, new Label("Port"), port);
        grid.addRow(row++, new Label("Bind address"), bind);
        grid.addRow(row++, new Label("Multicast group"), group);
        return section.addStatus(grid, row);
    }

    private static TextField field(String id, String text, String prompt) {
        TextField f = new TextField(text);
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefColumnCount(22);
        return f;
    }
}
