package dev.pulsegrid.ui;

import dev.pulsegrid.cluster.DetectorOverride;
import dev.pulsegrid.cluster.MetaSelector;
import dev.pulsegrid.detect.FailureDetector;
import dev.pulsegrid.settings.DetectorParams;
import dev.pulsegrid.settings.OverrideSpec;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * ☰ → Overrides…: the per-group detectors in order (first match wins), each added, replaced,
 * moved up or removed in the same words as {@code --override}, applied live and saved. "Reset to
 * defaults" clears them and restores the built-in default detector.
 */
final class OverridesDialog {
    private final DetectorControl control;
    private final Stage stage = new Stage();
    private final ListView<DetectorOverride> list = new ListView<>();
    private final TextField selector = new TextField();
    private final TextField settings = new TextField();
    private final Label problem = new Label();
    private final Label flags = new Label();
    private final Label defaults = new Label();

    private OverridesDialog(Window owner, DetectorControl control) {
        this.control = control;
        stage.initOwner(owner);
        stage.setTitle("Detector overrides");
        list.setId("overrideList");
        list.setPrefHeight(180);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(DetectorOverride o, boolean empty) {
                super.updateItem(o, empty);
                setText(empty || o == null ? null : o.label() + "  —  " + o.detector().describe());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, a, o) -> {
            if (o != null) {
                selector.setText(o.label());
                settings.setText(DetectorParams.text(o.detector()));
            }
            flags.setText(o == null ? "" : "Same on the command line:  --override '" + OverrideSpec.format(o) + "'");
        });
        selector.setId("overrideSelector");
        selector.setPromptText("role=db   (several: role=db,zone=eu-1)");
        settings.setId("overrideSettings");
        settings.setPromptText("suspect-after=10s,dead-after=30s   or   detector=phi,phi-dead=12");
        problem.setId("overrideProblem");
        problem.setWrapText(true);
        problem.setStyle("-fx-text-fill: #d0473d;");
        flags.setWrapText(true);
        defaults.setWrapText(true);

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label("Selector"), selector);
        form.addRow(1, new Label("Detector"), settings);
        GridPane.setHgrow(selector, Priority.ALWAYS);
        GridPane.setHgrow(settings, Priority.ALWAYS);

        Button add = button("Add or replace", "addOverride", this::addOrReplace);
        add.setDefaultButton(true);
        Button remove = button("Remove", "removeOverride", this::remove);
        Button up = button("Move up", "moveOverrideUp", this::moveUp);
        Button reset = button("Reset to defaults", "resetOverrides", this::reset);
        Button close = button("Close", "closeOverrides", stage::close);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, add, remove, up, gap, reset, close);

        Label help = new Label("Nodes whose metadata match a selector are judged by its detector; the first match wins."
                + " Settings use the detector flags' names without '--'; unnamed ones take that detector's defaults.");
        help.setWrapText(true);
        VBox root = new VBox(8, help, defaults, list, form, problem, flags, buttons);
        root.setPadding(new Insets(12));
        root.setPrefWidth(640);
        stage.setScene(new Scene(root));
        refresh();
    }

    static OverridesDialog open(Window owner, DetectorControl control) {
        OverridesDialog d = new OverridesDialog(owner, control);
        d.stage.show();
        return d;
    }

    Stage stage() {
        return stage;
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** Adds the typed override, or replaces the one with the same selector in place. */
    private void addOrReplace() {
        DetectorOverride o;
        try {
            MetaSelector sel = MetaSelector.parse(selector.getText());
            FailureDetector d = DetectorParams.parse(settings.getText() == null ? "" : settings.getText());
            o = new DetectorOverride(sel, d);
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage());
            return;
        }
        List<DetectorOverride> next = new ArrayList<>(control.policy().overrides());
        int same = indexOf(next, o.selector());
        if (same >= 0) {
            next.set(same, o);
        } else {
            next.add(o);
        }
        apply(next);
        list.getSelectionModel().select(o);
    }

    private void remove() {
        DetectorOverride o = list.getSelectionModel().getSelectedItem();
        if (o != null) {
            List<DetectorOverride> next = new ArrayList<>(control.policy().overrides());
            next.remove(o);
            apply(next);
        }
    }

    private void moveUp() {
        int i = list.getSelectionModel().getSelectedIndex();
        if (i > 0) {
            List<DetectorOverride> next = new ArrayList<>(control.policy().overrides());
            next.add(i - 1, next.remove(i));
            apply(next);
            list.getSelectionModel().select(i - 1);
        }
    }

    private void reset() {
        control.reset();
        selector.clear();
        settings.clear();
        refresh();
    }

    private void apply(List<DetectorOverride> next) {
        control.setOverrides(next);
        refresh();
    }

    private void refresh() {
        problem.setText("");
        list.getItems().setAll(control.policy().overrides());
        defaults.setText("Every other node: " + control.policy().defaultDetector().describe() + " (the tuning panel sets it)");
    }

    private static int indexOf(List<DetectorOverride> list, MetaSelector s) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).selector().equals(s)) {
                return i;
            }
        }
        return -1;
    }
}
