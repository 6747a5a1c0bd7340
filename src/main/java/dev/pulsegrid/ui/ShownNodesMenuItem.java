package dev.pulsegrid.ui;

import dev.pulsegrid.ui.grid.NodeGridView;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuItem;

/** The ☰ menu's "Node logs — nodes shown" entry: the node log for what the grid shows now. */
final class ShownNodesMenuItem {
    private final MenuItem item;
    private final NodeGridView grid;
    private final Supplier<MenuActions> actions;
    private final Node owner;

    /** {@code actions} is read at each use: the app supplies the menu's actions after the window loads. */
    ShownNodesMenuItem(MenuItem item, NodeGridView grid, Supplier<MenuActions> actions, Node owner) {
        this.item = item;
        this.grid = grid;
        this.actions = actions;
        this.owner = owner;
    }

    /** The ☰ menu opens: its "nodes shown" entry says how many (none shown: nothing to open). */
    void countShown() {
        int n = grid.order().size();
        item.setText(ShownNodes.label(n));
        item.setDisable(n == 0);
    }

    /** The node log for the nodes the grid shows now; a group too large for one becomes an offer of all. */
    void open() {
        int n = grid.order().size();
        if (n == 0) {
            return;
        }
        if (n > ShownNodes.MAX) {
            ButtonType all = new ButtonType("Open all nodes", ButtonBar.ButtonData.OK_DONE);
            Alert a = new Alert(Alert.AlertType.CONFIRMATION, ShownNodes.tooMany(n), all, ButtonType.CANCEL);
            a.initOwner(owner.getScene().getWindow());
            a.setHeaderText("Too many nodes for one node log");
            a.getDialogPane().getStyleClass().add("too-many-nodes");
            a.setOnHidden(e -> {
                if (a.getResult() == all) {
                    actions.get().openLogs((String) null);
                }
            });
            a.show();
            return;
        }
        actions.get().openLogs(ShownNodes.of(grid));
    }
}
