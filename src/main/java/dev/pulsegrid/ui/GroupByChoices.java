package dev.pulsegrid.ui;

import dev.pulsegrid.cluster.ClusterSnapshot;
import dev.pulsegrid.cluster.NodeView;
import dev.pulsegrid.ui.grid.Inventory;
import dev.pulsegrid.ui.grid.NodeGridView;
import java.util.TreeSet;
import javafx.scene.control.ComboBox;

/** The toolbar's "group by" box: no grouping, or any metadata key seen so far; the choice groups the grid. */
final class GroupByChoices {
    static final String NO_GROUPING = "(no grouping)";

    private final ComboBox<String> groupBy;
    private final Inventory inventory;

    GroupByChoices(ComboBox<String> groupBy, NodeGridView grid, Inventory inventory) {
        this.groupBy = groupBy;
        this.inventory = inventory;
        groupBy.getItems().setAll(NO_GROUPING);
        groupBy.getSelectionModel().select(NO_GROUPING);
        groupBy.valueProperty().addListener((o, a, b) ->
                grid.groupKeyProperty().set(b == null || b.equals(NO_GROUPING) ? null : b));
    }

    /** Offers every metadata key seen on a sample of nodes as a grouping. */
    void scan(ClusterSnapshot s) {
        TreeSet<String> keys = new TreeSet<>();
        NodeView[] nodes = s.nodes();
        int stride = Math.max(1, nodes.length / 2000);
        for (int i = 0; i < nodes.length; i += stride) {
            if (nodes[i] != null) {
                keys.addAll(nodes[i].meta().keySet());
            }
        }
        inventory.entries().stream().limit(2000).forEach(e -> keys.addAll(e.meta().keySet()));
        String chosen = groupBy.getValue();
        boolean added = false;
        for (String k : keys) {
            if (!groupBy.getItems().contains(k)) {
                groupBy.getItems().add(k);
                added = true;
            }
        }
        if (added && chosen != null) {
            // Changing the items can blank the shown value (e.g. a key typed before any node had it).
            groupBy.getSelectionModel().select(chosen);
        }
    }
}
