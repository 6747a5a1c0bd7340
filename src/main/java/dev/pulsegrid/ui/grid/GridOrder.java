package dev.pulsegrid.ui.grid;

import dev.pulsegrid.cluster.NodeView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which node goes in which grid position: the result of filtering, grouping and sorting one
 * snapshot. Built only when the node set, the query or (for live orders) the states change, never
 * per frame. An entry {@code >= 0} is a snapshot slot; {@code ~i} (negative) is the i-th MISSING
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
        List<Inventory.Entry> missing = missingOf(nodes, inventory);
        List<Integer> picked = new ArrayList<>();
        for (NodeView v : nodes) {
            if (v != null && filter.matches(v.id(), CellState.of(v.state()), v.meta(), v.addressText())) {
                picked.add(v.slot());
            }
        }
        for (int i = 0; i < missing.size(); i++) {
            Inventory.Entry e = missing.get(i);
            if (filter.matches(e.id(), CellState.MISSING, e.meta(), "-")) {
                picked.add(~i);
            }
        }
        Integer[] order = picked.toArray(new Integer[0]);
        Row rows = new Row(nodes, missing, nowNanos);
        Comparator<Integer> within = comparator(sort, rows);
        if (groupKey == null || groupKey.isBlank() || order.length == 0) {
            if (sort != SortOrder.FIRST_SEEN) {
                Arrays.sort(order, within);
            }
            int[] counts = new int[CellState.values().length];
            for (Integer e : order) {
                counts[rows.state(e).ordinal()]++;
            }
            return new GridOrder(unbox(order), new String[] {""}, new int[] {order.length}, new int[][] {counts}, missing);
        }
        TreeMap<String, List<Integer>> groups = new TreeMap<>(GridOrder::compareGroups);
        for (Integer e : order) {
            String g = rows.meta(e).get(groupKey);
            groups.computeIfAbsent(g == null || g.isEmpty() ? NO_GROUP : g, k -> new ArrayList<>()).add(e);
        }
        int[] flat = new int[order.length];
        String[] labels = new String[groups.size()];
        int[] sizes = new int[groups.size()];
        int[][] counts = new int[groups.size()][CellState.values().length];
        int at = 0;
        int s = 0;
        for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
            List<Integer> members = g.getValue();
            if (sort != SortOrder.FIRST_SEEN) {
                members.sort(within);
            }
            labels[s] = g.getKey();
            sizes[s] = members.size();
            for (Integer e : members) {
                flat[at++] = e;
                counts[s][rows.state(e).ordinal()]++;
            }
            s++;
        }
        return new GridOrder(flat, labels, sizes, counts, missing);
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

    private static Comparator<Integer> comparator(SortOrder sort, Row rows) {
        Comparator<Integer> byName = Comparator.comparing(rows::id, NaturalOrder.INSTANCE);
        return switch (sort) {
            case FIRST_SEEN -> Comparator.comparingInt(e -> e >= 0 ? e : Integer.MAX_VALUE + e);
            case NAME -> byName;
            case STATE -> Comparator.<Integer>comparingInt(e -> SortOrder.severity(rows.state(e))).thenComparing(byName);
            case SILENCE -> Comparator.<Integer>comparingLong(e -> -rows.silence(e)).thenComparing(byName);
            case SUSPICION -> Comparator.<Integer>comparingDouble(e -> -rows.suspicion(e)).thenComparing(byName);
        };
    }

    private static int[] unbox(Integer[] a) {
        int[] out = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i];
        }
        return out;
    }

    /** Reads the fields a sort or group needs from either kind of entry. */
    private record Row(NodeView[] nodes, List<Inventory.Entry> missing, long now) {
        String id(int e) {
            return e >= 0 ? nodes[e].id() : missing.get(~e).id();
        }

        CellState state(int e) {
            return e >= 0 ? CellState.of(nodes[e].state()) : CellState.MISSING;
        }

        Map<String, String> meta(int e) {
            return e >= 0 ? nodes[e].meta() : missing.get(~e).meta();
        }

        long silence(int e) {
            return e >= 0 ? nodes[e].silenceNanos(now) : Long.MAX_VALUE;
        }

        double suspicion(int e) {
            return e >= 0 ? nodes[e].suspicion(now) : 1.0;
        }
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
