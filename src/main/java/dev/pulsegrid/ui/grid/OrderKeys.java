package dev.pulsegrid.ui.grid;

import dev.pulsegrid.cluster.NodeView;
import java.util.Arrays;
import java.util.List;

/**
 * Primitive sort keys for {@link GridOrder}: each picked entry becomes one {@code long} (primary key,
 * then name rank, then the entry's index in the picked array in the low {@link #INDEX_BITS}), so a
 * 100,000-node re-sort is one {@code Arrays.sort(long[])} with no boxing and no comparator calls.
 * Names are ranked once per node set ({@link NameRanks}) because comparing strings is the slow part.
 */
final class OrderKeys {
    static final int INDEX_BITS = 21; // up to 2,097,151 entries
    static final int RANK_BITS = 21;
    /** Silences are compared in ms up to about 35 minutes; longer silences tie and fall back to the name. */
    static final long MAX_SILENCE_MS = (1L << 21) - 1;
    static final int SUSPICION_STEPS = (1 << 20) - 1;

    private OrderKeys() {
    }

    /** Sorts {@code picked} (entries) in place by {@code sort}; FIRST_SEEN keeps the given order. */
    static void sort(int[] picked, int count, SortOrder sort, NodeView[] nodes, List<Inventory.Entry> missing,
                     NameRanks names, long now) {
        if (sort == SortOrder.FIRST_SEEN || count < 2) {
            return;
        }
        long[] keys = new long[count];
        for (int i = 0; i < count; i++) {
            int e = picked[i];
            keys[i] = key(primary(sort, e, nodes, now), names.rank(e, missing.size()), i);
        }
        Arrays.sort(keys);
        int[] copy = Arrays.copyOf(picked, count);
        for (int i = 0; i < count; i++) {
            picked[i] = copy[(int) (keys[i] & ((1 << INDEX_BITS) - 1))];
        }
    }

    /** Packs primary (smaller sorts first, < 2^21), name rank and index into one ordered long. */
    static long key(long primary, int nameRank, int index) {
        return (primary << (RANK_BITS + INDEX_BITS)) | ((long) nameRank << INDEX_BITS) | index;
    }

    /** The primary key of an entry under a sort: worst state first, longest silence first, most suspect first. */
    static long primary(SortOrder sort, int e, NodeView[] nodes, long now) {
        NodeView v = e >= 0 ? nodes[e] : null;
        return switch (sort) {
            case FIRST_SEEN, NAME -> 0;
            case STATE -> SortOrder.severity(v == null ? CellState.MISSING : CellState.of(v.state()));
            case SILENCE -> MAX_SILENCE_MS - (v == null ? MAX_SILENCE_MS : Math.min(MAX_SILENCE_MS, v.silenceNanos(now) / 1_000_000));
            case SUSPICION -> SUSPICION_STEPS - Math.round((v == null ? 1.0 : v.suspicion(now)) * SUSPICION_STEPS);
        };
    }

    /**
     * Every node's and MISSING entry's place in natural name order. Rebuilt only when the ids by slot
     * changed (checked by reference, cheap), since sorting strings is what costs at 100,000 nodes.
     */
    static final class NameRanks {
        private String[] ids = new String[0];
        private List<Inventory.Entry> missing = List.of();
        private int[] ranks = new int[0]; // slots first, then missing entries

        int rank(int entry, int missingCount) {
            return entry >= 0 ? ranks[entry] : ranks[ids.length + ~entry];
        }

        /** Makes the ranks fit this node set; returns this. */
        NameRanks update(NodeView[] nodes, List<Inventory.Entry> missingNow) {
            if (!same(nodes, missingNow)) {
                rebuild(nodes, missingNow);
            }
            return this;
        }

        private boolean same(NodeView[] nodes, List<Inventory.Entry> missingNow) {
            if (nodes.length != ids.length || !missingNow.equals(missing)) {
                return false;
            }
            for (int i = 0; i < nodes.length; i++) {
                if ((nodes[i] == null ? null : nodes[i].id()) != ids[i]) {
                    return false;
                }
            }
            return true;
        }

        private void rebuild(NodeView[] nodes, List<Inventory.Entry> missingNow) {
            int n = nodes.length + missingNow.size();
            String[] all = new String[n];
            ids = new String[nodes.length];
            for (int i = 0; i < nodes.length; i++) {
                ids[i] = nodes[i] == null ? null : nodes[i].id();
                all[i] = ids[i] == null ? "" : ids[i];
            }
            for (int i = 0; i < missingNow.size(); i++) {
                all[nodes.length + i] = missingNow.get(i).id();
            }
            missing = missingNow;
            Integer[] byName = new Integer[n]; // boxed once per node-set change, off the FX thread
            for (int i = 0; i < n; i++) {
                byName[i] = i;
            }
            Arrays.sort(byName, (a, b) -> NaturalOrder.INSTANCE.compare(all[a], all[b]));
            ranks = new int[n];
            for (int r = 0; r < n; r++) {
                ranks[byName[r]] = r;
            }
        }
    }
}
