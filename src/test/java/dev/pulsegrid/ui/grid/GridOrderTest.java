package dev.pulsegrid.ui.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pulsegrid.cluster.NodeState;
import dev.pulsegrid.cluster.NodeView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GridOrderTest {
    private static final long S = 1_000_000_000L;
    private static final long NOW = 100 * S;

    private static NodeView node(int slot, String id, NodeState state, long silentSeconds, Map<String, String> meta) {
        return new NodeView(slot, id, state, 1, 1, null, meta, NOW - silentSeconds * S, 0, 0, 3 * S, 10 * S, 1000, 1, "native", null, false);
    }

    private final NodeView[] nodes = {
        node(0, "web-10", NodeState.ALIVE, 0, Map.of("zone", "eu-1")),
        node(1, "web-2", NodeState.SUSPECT, 4, Map.of("zone", "us-1")),
        null, // forgotten slot
        node(3, "db-1", NodeState.DEAD, 20, Map.of("zone", "eu-1")),
        node(4, "api-1", NodeState.ALIVE, 1, Map.of()),
    };
    private final Inventory inventory = Inventory.parse(List.of("web-10", "cache-1 zone=eu-1"), "inv");

    private List<String> ids(GridOrder o) {
        List<String> out = new ArrayList<>();
        for (int p = 0; p < o.size(); p++) {
            int e = o.entry(p);
            out.add(e >= 0 ? nodes[e].id() : o.missingEntry(e).id());
        }
        return out;
    }

    @Test
    void firstSeenKeepsSlotOrderAndAppendsMissingInventoryNodes() {
        GridOrder o = GridOrder.build(nodes, inventory, NodeFilter.ALL, null, SortOrder.FIRST_SEEN, NOW);
        assertEquals(List.of("web-10", "web-2", "db-1", "api-1", "cache-1"), ids(o));
        assertEquals(1, o.count(0, CellState.MISSING));
        assertEquals(2, o.count(0, CellState.ALIVE));
    }

    @Test
    void sortsByNameNaturallyByStateWorstFirstAndBySilence() {
        assertEquals(List.of("api-1", "cache-1", "db-1", "web-2", "web-10"),
                ids(GridOrder.build(nodes, inventory, NodeFilter.ALL, null, SortOrder.NAME, NOW)));
        assertEquals(List.of("db-1", "web-2", "cache-1", "api-1", "web-10"),
                ids(GridOrder.build(nodes, inventory, NodeFilter.ALL, null, SortOrder.STATE, NOW)));
        assertEquals(List.of("cache-1", "db-1", "web-2", "api-1", "web-10"),
                ids(GridOrder.build(nodes, inventory, NodeFilter.ALL, null, SortOrder.SILENCE, NOW)));
    }

    @Test
    void groupsByAMetadataKeyWithLabelsCountsAndUngroupedLast() {
        GridOrder o = GridOrder.build(nodes, inventory, NodeFilter.ALL, "zone", SortOrder.NAME, NOW);
        assertEquals(3, o.sections());
        assertEquals(List.of("eu-1", "us-1", GridOrder.NO_GROUP), List.of(o.label(0), o.label(1), o.label(2)));
        assertEquals(List.of("cache-1", "db-1", "web-10", "web-2", "api-1"), ids(o));
        assertEquals(3, o.sectionSizes()[0]);
        assertEquals(1, o.count(0, CellState.DEAD));
        assertEquals(1, o.count(0, CellState.MISSING));
        assertEquals(1, o.count(1, CellState.SUSPECT));
    }

    @Test
    void filterAppliesToMissingNodesToo() {
        assertEquals(List.of("cache-1"),
                ids(GridOrder.build(nodes, inventory, NodeFilter.parse("state:missing"), null, SortOrder.FIRST_SEEN, NOW)));
        assertEquals(List.of("db-1", "cache-1"),
                ids(GridOrder.build(nodes, inventory, NodeFilter.parse("zone:eu-1 state:dead,missing"), null, SortOrder.FIRST_SEEN, NOW)));
    }

    @Test
    void groupingNothingStillHasOneEmptySection() {
        GridOrder o = GridOrder.build(new NodeView[0], Inventory.NONE, NodeFilter.ALL, "zone", SortOrder.NAME, NOW);
        assertEquals(1, o.sections());
        assertEquals("", o.label(0));
        assertEquals(0, o.size());
    }
}
