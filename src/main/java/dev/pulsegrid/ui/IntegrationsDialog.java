package dev.pulsegrid.ui;

import dev.pulsegrid.net.collectd.CollectdListener;
import dev.pulsegrid.net.ganglia.GangliaListener;
import dev.pulsegrid.net.integrations.CollectdSetup;
import dev.pulsegrid.net.integrations.GangliaSetup;
import dev.pulsegrid.net.integrations.SourceSwitch;
import dev.pulsegrid.protocol.collectd.SecurityLevel;
import dev.pulsegrid.settings.ListenerChoice;
import dev.pulsegrid.settings.Settings;
import java.io.File;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import javafx.application.Platform;
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
 * Each listener the operator turns on or off here is saved with its fields (when there are stored
 * settings), so the next GUI start starts it again; one started by a flag is saved only once touched here.
 */
final class IntegrationsDialog {
    private IntegrationsDialog() {
    }

    static Stage open(Window owner, SourceSwitch sources) {
        return open(owner, sources, null);
    }

    /** @param settings where turning a listener on or off is saved, or null to save nothing */
    static Stage open(Window owner, SourceSwitch sources, OperatorSettings settings) {
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
        Settings stored = settings == null ? Settings.NONE : settings.current();
        java.util.function.Consumer<UnaryOperator<Settings>> save = change -> {
            if (settings != null) {
                Platform.runLater(() -> settings.update(change));
            }
        };
        int row = collectd(grid, 1, sources, worker, stored.collectd(), save);
        grid.add(new Separator(), 0, row++, 3, 1);
        ganglia(grid, row, sources, worker, stored.ganglia(), save);

        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Pulsegrid — integrations");
        stage.setScene(new Scene(grid, 640, 450));
        stage.setOnHidden(e -> worker.shutdown()); // a start or stop already asked for still completes
        stage.show();
        return stage;
    }

    private static int collectd(GridPane grid, int row, SourceSwitch sources, ExecutorService worker, ListenerChoice stored,
                                java.util.function.Consumer<UnaryOperator<Settings>> save) {
        CollectdSetup now = sources.collectdSetup();
        // What the fields show and what "off" saves: the running listener, else the stored choice, else defaults.
        AtomicReference<ListenerChoice> last = new AtomicReference<>(now != null
                ? ListenerChoice.collectd(true, now.bind().getPort(), now.bind().getAddress().getHostAddress(),
                        now.level().label(), now.authFile() == null ? "" : now.authFile().toString())
                : stored != null ? stored
                : ListenerChoice.collectd(false, CollectdListener.DEFAULT_PORT, "", SecurityLevel.NONE.label(), ""));
        ListenerChoice shown = last.get();
        TextField port = field("collectd-port", String.valueOf(shown.port()), "25826");
        TextField bind = field("collectd-bind", shown.bind(), "all interfaces");
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
        level.setValue(shown.security().isEmpty() ? SecurityLevel.NONE : SecurityLevel.parse(shown.security()));
        TextField auth = field("collectd-auth", shown.authFile(), "collectd AuthFile ('user: password' lines)");
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
                        ListenerChoice on = ListenerChoice.collectd(true, Integer.parseInt(p.trim()), b, l.label(), a);
                        last.set(on);
                        save.accept(x -> x.withCollectd(on));
                        return sources.collectdDescription();
                    };
                },
                () -> {
                    sources.stopCollectd();
                    ListenerChoice off = last.get().withEnabled(false);
                    save.accept(x -> x.withCollectd(off));
                }, sources.collectdDescription());
        row = section.addTo(grid, row);
        grid.addRow(row++, new Label("Port"), port);
        grid.addRow(row++, new Label("Bind address"), bind);
        grid.addRow(row++, new Label("Security"), level);
        grid.addRow(row++, new Label("Auth file"), auth, browse);
        return section.addStatus(grid, row);
    }

    private static int ganglia(GridPane grid, int row, SourceSwitch sources, ExecutorService worker, ListenerChoice stored,
                               java.util.function.Consumer<UnaryOperator<Settings>> save) {
        GangliaSetup now = sources.gangliaSetup();
        AtomicReference<ListenerChoice> last = new AtomicReference<>(now != null
                ? ListenerChoice.ganglia(true, now.bind().getPort(), now.bind().getAddress().getHostAddress(),
                        now.group() == null ? "" : now.group().getHostAddress())
                : stored != null ? stored : ListenerChoice.ganglia(false, GangliaListener.DEFAULT_PORT, "", ""));
        ListenerChoice shown = last.get();
        TextField port = field("ganglia-port", String.valueOf(shown.port()), "8649");
        TextField bind = field("ganglia-bind", shown.bind(), "all interfaces");
        TextField group = field("ganglia-group", shown.group(), "none (unicast), or " + GangliaListener.DEFAULT_GROUP);
        ListenerSection section = new ListenerSection("ganglia", "Listen for Ganglia (gmond)",
                List.of(port, bind, group), worker,
                () -> {
                    String p = port.getText(), b = bind.getText(), g = group.getText();
                    return () -> {
                        sources.startGanglia(ListenerForm.ganglia(p, b, g));
                        ListenerChoice on = ListenerChoice.ganglia(true, Integer.parseInt(p.trim()), b, g);
                        last.set(on);
                        save.accept(x -> x.withGanglia(on));
                        return sources.gangliaDescription();
                    };
                },
                () -> {
                    sources.stopGanglia();
                    ListenerChoice off = last.get().withEnabled(false);
                    save.accept(x -> x.withGanglia(off));
                }, sources.gangliaDescription());
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
