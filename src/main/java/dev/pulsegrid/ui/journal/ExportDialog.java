package dev.pulsegrid.ui.journal;

import dev.pulsegrid.journal.ExportCancelledException;
import dev.pulsegrid.journal.ExportControl;
import dev.pulsegrid.journal.ExportFormat;
import dev.pulsegrid.journal.ExportRows;
import dev.pulsegrid.journal.Exporter;
import dev.pulsegrid.journal.Journal;
import dev.pulsegrid.journal.JournalQuery;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Export of the viewer's current scope (nodes, kinds, time range) to CSV or JSON Lines, off the FX
 * thread, with a progress bar and Cancel. The file appears only when complete (see Exporter).
 */
public final class ExportDialog {
    private final Journal journal;
    private final JournalQuery scope;
    private final VBox root = new VBox(8);
    final ComboBox<String> format = new ComboBox<>();
    final ComboBox<String> what = new ComboBox<>();
    final TextField path = new TextField();
    final ProgressBar progress = new ProgressBar(0);
    final Label status = new Label("Ready");
    final Button start = new Button("Export");
    final Button cancel = new Button("Cancel");
    private ExportControl control;

    ExportDialog(Journal journal, JournalQuery scope, Path suggested) {
        this.journal = journal;
        this.scope = scope;
        format.getItems().setAll("CSV", "JSON Lines");
        format.getSelectionModel().select(0);
        what.getItems().setAll("Events", "Arrivals (replay trace)");
        what.getSelectionModel().select(0);
        path.setText(suggested.toString());
        path.setId("exportPath");
        start.setId("exportStart");
        cancel.setId("exportCancel");
        progress.setId("exportProgress");
        status.setId("exportStatus");
        format.setId("exportFormat");
        what.setId("exportWhat");
        Button choose = new Button("Choose…");
        choose.setOnAction(e -> choose());
        cancel.setDisable(true);
        start.setOnAction(e -> start());
        cancel.setOnAction(e -> {
            if (control != null) {
                control.cancel();
            }
        });
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label("Scope"), new Label(describe(scope)));
        form.addRow(1, new Label("Rows"), what);
        form.addRow(2, new Label("Format"), format);
        HBox file = new HBox(6, path, choose);
        HBox.setHgrow(path, Priority.ALWAYS);
        form.addRow(3, new Label("File"), file);
        GridPane.setHgrow(file, Priority.ALWAYS);
        progress.setMaxWidth(Double.MAX_VALUE);
        root.getChildren().addAll(form, progress, status, new HBox(8, start, cancel));
        root.setPadding(new Insets(12));
    }

    /** Opens the dialog (FX thread) for the given scope; the file name defaults to the home directory. */
    public static Stage open(Window owner, Journal journal, JournalQuery scope) {
        ExportDialog d = new ExportDialog(journal, scope, Path.of(System.getProperty("user.home"), "pulsegrid-export.csv"));
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle("Export node log");
        stage.setScene(new Scene(d.root, 560, 220));
        stage.setOnHidden(e -> {
            if (d.control != null) {
                d.control.cancel();
            }
        });
        stage.show();
        return stage;
    }

    VBox root() {
        return root;
    }

    private void choose() {
        FileChooser fc = new FileChooser();
        fc.setInitialFileName(Path.of(path.getText()).getFileName().toString());
        File f = fc.showSaveDialog(root.getScene().getWindow());
        if (f != null) {
            path.setText(f.getPath());
        }
    }

    private void start() {
        ExportFormat f = format.getSelectionModel().getSelectedIndex() == 1 ? ExportFormat.JSONL : ExportFormat.CSV;
        ExportRows rows = what.getSelectionModel().getSelectedIndex() == 1 ? ExportRows.ARRIVALS : ExportRows.EVENTS;
        Path out = Path.of(path.getText().trim());
        ExportTask task = new ExportTask();
        control = new ExportControl(task::report);
        ExportControl c = control;
        task.body = () -> Exporter.toFile(journal, scope, rows, f, out, c);
        progress.progressProperty().bind(task.progressProperty());
        status.textProperty().bind(task.messageProperty());
        start.setDisable(true);
        cancel.setDisable(false);
        task.setOnSucceeded(e -> finish(String.format(Locale.ROOT, "Wrote %,d rows to %s", task.getValue(), out)
                + (c.skippedRows() == 0 ? "" : String.format(Locale.ROOT,
                        " (skipped %,d samples of nodes whose id a trace cannot hold; JSON Lines keeps them)", c.skippedRows()))));
        task.setOnFailed(e -> finish(task.getException() instanceof ExportCancelledException
                ? "Cancelled — no file written"
                : "Failed: " + task.getException().getMessage() + " — no file written"));
        Thread t = new Thread(task, "pulsegrid-export");
        t.setDaemon(true);
        t.start();
    }

    /** Runs the export; progress goes through Task's own coalescing, so the FX thread sees at most one update per pulse. */
    private static final class ExportTask extends Task<Long> {
        java.util.concurrent.Callable<Long> body;

        void report(long written, long total) {
            updateProgress(written, Math.max(1, total));
            updateMessage(String.format(Locale.ROOT, "%,d of %,d rows", written, total));
        }

        @Override
        protected Long call() throws Exception {
            return body.call();
        }
    }

    private void finish(String message) {
        status.textProperty().unbind();
        progress.progressProperty().unbind();
        status.setText(message);
        start.setDisable(false);
        cancel.setDisable(true);
    }

    static String describe(JournalQuery q) {
        StringBuilder sb = new StringBuilder(q.nodes().isEmpty() ? "all nodes" : q.nodes().size() > 5
                ? String.format(Locale.ROOT, "%,d nodes (%s, …)", q.nodes().size(),
                        String.join(", ", q.nodes().stream().sorted().limit(3).toList()))
                : String.join(", ", q.nodes()));
        if (!q.kinds().isEmpty()) {
            sb.append(" · ").append(q.kinds().iterator().next().name().toLowerCase(Locale.ROOT));
        }
        if (q.fromMillis() != null) {
            sb.append(" · since ").append(java.time.Instant.ofEpochMilli(q.fromMillis()));
        }
        if (q.text() != null) {
            sb.append(" · \"").append(q.text()).append('"');
        }
        return sb.toString();
    }
}
