package dev.pulsegrid.ui.grid;

import dev.pulsegrid.cluster.NodeView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which node goes in which grid position: the result of filtering, grouping and sorting one
 * snapshot, over primitive arrays ({@link OrderKeys}). Built only when the node set, the query or
 * (for live orders) what they depend on changed, never per frame; at scale on {@link OrderWorker}'s
 * thread. An entry {@code >= 0} is a snapshot slot; {@code ~i} (negative) is the i-th MISSING
 * inventory node. Immutable.
 */
public final class GridOrder {
    /** Section label for nodes without the grouping key. */
    public static final String NO_GROUP = "(none)";
    public static final GridOrder EMPTY = new GridOrder(new int[0], new String[] {""}, new int[] {0},
            new int[1][CellState.values().length], List.of());

    private final int[] entries;
    private final String[] labels;
    private final int[] sizes;
    private final int[][] counts;
    private final List<Inventory.Entry> missing;

    private GridOrder(int[] entries, String[] labels, int[] sizes, int[][] counts, List<Inventory.Entry> missing) {
        this.entries = entries;
        this.labels = labels;
        this.sizes = sizes;
        this.counts = counts;
        this.missing = missing;
    }

    /**
     * @param nodes     snapshot nodes by slot (null entries are skipped)
     * @param inventory expected nodes; those absent from {@code nodes} become MISSING entries
     * @param groupKey  metadata key to group by, or null for one section
     */
    public static GridOrder build(NodeView[] nodes, Inventory inventory, NodeFilter filter, String groupKey,
                                  SortOrder sort, long nowNanos) {
        return build(nodes, inventory, filter, groupKey, sort, nowNanos, new OrderKeys.NameRanks());
    }

    /** As above, reusing name ranks from earlier builds over the same node set (see {@link OrderWorker}). */
    static GridOrder build(NodeView[] nodes, Inventory inventory, NodeFilter filter, String groupKey,
                           SortOrder sort, long nowNanos, OrderKeys.NameRanks names) {
        List<Inventory.Entry> missing = missingOf(nodes, inventory);
        int[] picked = new int[nodes.length + missing.size()];
        int count = 0;
        boolean all = filter.matchesEverything();
        boolean address = filter.needsAddress();
        for (NodeView v : nodes) {
            if (v != null && (all || filter.matches(v.id(), CellState.of(v.state()), v.meta(), address ? v.addressText() : null))) {
                picked[count++] = v.slot();
            }
        }
        for (int i = 0; i < missing.size(); i++) {
            Inventory.Entry e = missing.get(i);
            if (all || filter.matches(e.id(), CellState.MISSING, e.meta(), "-")) {
                picked[count++] = ~i;
            }
        }
        if (sort != SortOrder.FIRST_SEEN) {
            OrderKeys.sort(picked, count, sort, nodes, missing, names.update(nodes, missing), nowNanos);
        }
        int[] order = Arrays.copyOf(picked, count);
        if (groupKey == null || groupKey.isBlank() || count == 0) {
            int[] counts = new int[CellState.values().length];
            for (int e : order) {
                counts[stateOf(e, nodes).ordinal()]++;
            }
            return new GridOrder(order, new String[] {""}, new int[] {count}, new int[][] {counts}, missing);
        }
        // Group by a stable counting sort over the sorted entries: each section keeps the sort order.
        Map<String, Integer> groupIndex = new HashMap<>();
        List<String> names0 = new ArrayList<>();
        int[] groupOf = new int[count];
        for (int i = 0; i < count; i++) {
            int e = order[i];
            String g = (e >= 0 ? nodes[e].meta() : missing.get(~e).meta()).get(groupKey);
            String label = g == null || g.isEmpty() ? NO_GROUP : g;
            Integer at = groupIndex.get(label);
            if (at == null) {
                at = names0.size();
                groupIndex.put(label, at);
                names0.add(label);
            }
            groupOf[i] = at;
        }
        Integer[] byLabel = new Integer[names0.size()]; // a handful of groups: boxing here costs nothing
        for (int g = 0; g < byLabel.length; g++) {
            byLabel[g] = g;
        }
        Arrays.sort(byLabel, (x, y) -> compareGroups(names0.get(x), names0.get(y)));
        int groups = byLabel.length;
        int[] sectionOfGroup = new int[groups];
        String[] labels = new String[groups];
        for (int sct = 0; sct < groups; sct++) {
            sectionOfGroup[byLabel[sct]] = sct;
            labels[sct] = names0.get(byLabel[sct]);
        }
        int[] sizes = new int[groups];
        int[][] counts = new int[groups][CellState.values().length];
        for (int i = 0; i < count; i++) {
            int sct = sectionOfGroup[groupOf[i]];
            sizes[sct]++;
            counts[sct][stateOf(order[i], nodes).ordinal()]++;
        }
        int[] next = new int[groups];
        for (int sct = 1; sct < groups; sct++) {
            next[sct] = next[sct - 1] + sizes[sct - 1];
        }
        int[] flat = new int[count];
        for (int i = 0; i < count; i++) {
            flat[next[sectionOfGroup[groupOf[i]]]++] = order[i];
        }
        return new GridOrder(flat, labels, sizes, counts, missing);
    }

    private static CellState stateOf(int e, NodeView[] nodes) {
        return e >= 0 ? CellState.of(nodes[e].state()) : CellState.MISSING;
    }

    private static int compareGroups(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        if (a.equals(NO_GROUP)) {
            return 1;
        }
        if (b.equals(NO_GROUP)) {
            return -1;
        }
        return a.compareToIgnoreCase(b) != 0 ? a.compareToIgnoreCase(b) : a.compareTo(b);
    }

    private static List<Inventory.Entry> missingOf(NodeView[] nodes, Inventory inventory) {
        if (inventory.isEmpty()) {
            return List.of();
        }
        Set<String> present = new HashSet<>();
        for (NodeView v : nodes) {
            if (v != null) {
                present.add(v.id());
            }
        }
        List<Inventory.Entry> out = new ArrayList<>();
        for (Inventory.Entry e : inventory.entries()) {
            if (!present.contains(e.id())) {
                out.add(e);
            }
        }
        return out;
    }

    public int size() {
        return entries.length;
    }

    public int entry(int position) {
        return entries[position];
    }

    /** Position of an entry, or -1 (linear: on selection changes and rebuilds only). */
    public int positionOf(int entry) {
        for (int i = 0; i < entries.length; i++) {
            if (entries[i] == entry) {
                return i;
            }
        }
        return -1;
    }

    public int sections() {
        return labels.length;
    }

    public String label(int section) {
        return labels[section];
    }

    public int[] sectionSizes() {
        return sizes.clone();
    }

    public int count(int section, CellState s) {
        return counts[section][s.ordinal()];
    }

    public List<Inventory.Entry> missing() {
        return missing;
    }

    public Inventory.Entry missingEntry(int entry) {
        return missing.get(~entry);
    }
}
