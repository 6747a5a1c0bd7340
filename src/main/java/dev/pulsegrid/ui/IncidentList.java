package dev.pulsegrid.ui;

import dev.pulsegrid.replay.WhatIf;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;

/**
 * The what-if's drill-down: every detected failure and false alarm of the shown preview (node,
 * moment, kind) in a popup list; choosing one selects that node in the grid.
 */
final class IncidentList {
    private IncidentList() {
    }

    static Popup show(Node anchor, TuningPanelController.PreviewShown shown, Consumer<String> select) {
        WhatIf.Preview p = shown.preview();
        List<WhatIf.Incident> all = new ArrayList<>(p.detected());
        all.addAll(p.falseDeads());
        all.addAll(p.falseSuspects());
        ListView<WhatIf.Incident> list = new ListView<>();
        list.getStyleClass().add("incident-list");
        list.getItems().setAll(all);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(WhatIf.Incident i, boolean empty) {
                super.updateItem(i, empty);
                setText(empty || i == null ? null : PreviewText.incident(i));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, i) -> {
            if (i != null) {
                select.accept(i.node());
            }
        });
        long kept = p.detected().size() + p.falseDeads().size() + p.falseSuspects().size();
        long total = p.qos().crashes() - p.qos().undetected() + p.qos().falseSuspicions();
        Label title = new Label("What-if " + shown.candidate().describe() + (total > kept
                ? " — first " + WhatIf.INCIDENTS_KEPT + " of each kind, " + total + " in all" : ""));
        VBox box = new VBox(6, title, list);
        box.setPadding(new Insets(8));
        box.getStyleClass().add("incident-popup");
        box.setStyle("-fx-background-color: -fx-background; -fx-border-color: -fx-box-border;");
        Popup popup = new Popup();
        popup.setAutoHide(true);
        popup.getContent().add(box);
        Bounds b = anchor.localToScreen(anchor.getBoundsInLocal());
        popup.show(anchor, b.getMinX(), Math.max(0, b.getMinY() - 320));
        return popup;
    }
}
