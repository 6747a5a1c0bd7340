package dev.pulsegrid.ui;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/**
 * One listener's part of the Integrations dialog: an on/off box, its fields, what it does now, and
 * the last error. Binding and closing happen on the dialog's worker thread, never on the FX thread;
 * a failure turns the box off again and says why in one line.
 */
final class ListenerSection {
    private final CheckBox on;
    private final Label status = new Label();
    private final Label error = new Label();
    private final List<Control> fields;
    private final Executor worker;
    private final Supplier<Callable<String>> start;
    private final Runnable stop;

    /**
     * @param start on the FX thread, reads the fields into a task that (on the worker) starts the
     *              listener and returns what it now does; its exception message is shown as the error
     * @param current what runs now, or null when off
     */
    ListenerSection(String id, String label, List<Control> fields, Executor worker, Supplier<Callable<String>> start,
                    Runnable stop, String current) {
        this.on = new CheckBox(label);
        this.fields = fields;
        this.worker = worker;
        this.start = start;
        this.stop = stop;
        on.setId(id + "-on");
        status.setId(id + "-status");
        error.setId(id + "-error");
        error.getStyleClass().add("error");
        error.setWrapText(true);
        error.setStyle("-fx-text-fill: #c62828;");
        on.setSelected(current != null);
        showRunning(current);
        on.setOnAction(e -> toggle());
    }

    /** Adds the on/off box at {@code row}; returns the next free row. */
    int addTo(GridPane grid, int row) {
        grid.add(on, 0, row++, 2, 1);
        return row;
    }

    /** Adds what runs now and the last error at {@code row}, below the fields; returns the next free row. */
    int addStatus(GridPane grid, int row) {
        grid.add(status, 0, row++, 3, 1);
        grid.add(error, 0, row++, 3, 1);
        return row;
    }

    private void toggle() {
        boolean wanted = on.isSelected();
        Callable<String> task;
        try {
            task = wanted ? start.get() : () -> {
                stop.run();
                return null;
            };
        } catch (RuntimeException e) {
            fail(e);
            return;
        }
        on.setDisable(true);
        fields.forEach(f -> f.setDisable(true));
        status.setText(wanted ? "Starting…" : "Stopping…");
        worker.execute(() -> {
            try {
                String now = task.call();
                Platform.runLater(() -> {
                    error.setText("");
                    showRunning(now);
                });
            } catch (Exception ex) {
                Platform.runLater(() -> fail(ex));
            }
        });
    }

    private void fail(Exception ex) {
        on.setSelected(false);
        error.setText(ex instanceof dev.pulsegrid.net.BindFailedException b ? Problem.listenerBind(b)
                : ex.getMessage() == null ? ex.toString() : ex.getMessage());
        showRunning(null);
    }

    private void showRunning(String description) {
        on.setDisable(false);
        fields.forEach(f -> f.setDisable(description != null));
        status.setText(description == null ? "Off" : "On — " + description);
    }

    String statusText() {
        return status.getText();
    }

    String errorText() {
        return error.getText();
    }
}
