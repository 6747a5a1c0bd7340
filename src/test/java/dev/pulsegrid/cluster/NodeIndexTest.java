package dev.pulsegrid.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The index finds exactly what a HashMap would, through any mix of joins and forgets. */
class NodeIndexTest {

    @Property(tries = 200)
    void behavesLikeAMapThroughJoinsAndForgets(@ForAll @Size(max = 600) List<@IntRange(min = -300, max = 300) Integer> ops) {
        NodeIndex index = new NodeIndex();
        Map<String, NodeRecord> model = new HashMap<>();
        int slot = 0;
        for (int op : ops) {
            String id = "node-" + Math.abs(op) % 97; // few ids: long probe runs, many removals inside them
            if (op >= 0 && !model.containsKey(id)) {
                NodeRecord r = new NodeRecord(slot++, id, null);
                index.add(r);
                model.put(id, r);
            } else if (op < 0) {
                index.remove(id);
                model.remove(id);
            }
            assertEquals(model.size(), index.size());
        }
        for (int i = 0; i < 97; i++) {
            String id = "node-" + i;
            assertSame(model.get(id), index.get(id), id);
        }
    }

    @Test
    void aHundredThousandNodesAreFoundAndForgotten() {
        NodeIndex index = new NodeIndex();
        for (int i = 0; i < 100_000; i++) {
            index.add(new NodeRecord(i, "node-" + i, null));
        }
        for (int i = 0; i < 100_000; i += 2) {
            index.remove("node-" + i);
        }
        assertEquals(50_000, index.size());
        for (int i = 0; i < 100_000; i++) {
            NodeRecord r = index.get(new String("node-" + i)); // a freshly decoded id, equal but not the same
            if (i % 2 == 0) {
                assertNull(r);
            } else {
                assertEquals(i, r.slot);
            }
        }
        index.remove("never-seen");
        assertEquals(50_000, index.size());
    }
}
