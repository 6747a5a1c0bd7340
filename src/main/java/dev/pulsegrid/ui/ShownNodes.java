package dev.pulsegrid.ui;

import dev.pulsegrid.ui.grid.GridOrder;
import dev.pulsegrid.ui.grid.NodeGridView;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The nodes the grid shows now — after search, state filter and grouping — as a scope for the
 * node log and its export ("a group", between one node and all).
 */
final class ShownNodes {
    /** Above this a group is no longer a useful scope (and a poor query): the log of all nodes serves better. */
    static final int MAX = 10_000;

    private ShownNodes() {
    }

    /** Node ids in grid order (MISSING inventory nodes included: they may have a history). FX thread. */
    static Set<String> of(NodeGridView grid) {
        GridOrder order = grid.order();
        Set<String> ids = new LinkedHashSet<>(Math.max(16, order.size() * 2));
        for (int p = 0; p < order.size(); p++) {
            String id = grid.idOf(order.entry(p));
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** The ☰ menu entry, with how many nodes it covers. */
    static String label(int shown) {
        return String.format(Locale.ROOT, "Node logs — %,d node%s shown…", shown, shown == 1 ? "" : "s");
    }

    static String tooMany(int shown) {
        return String.format(Locale.ROOT, "The grid shows %,d nodes, more than %,d for one node log."
                + " Open the node log of all nodes instead (its node filter narrows it), or narrow the grid first.", shown, MAX);
    }
}
