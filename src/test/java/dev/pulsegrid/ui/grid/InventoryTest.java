package dev.pulsegrid.ui.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InventoryTest {
    @Test
    void readsIdsWithOptionalMetadataSkippingCommentsAndDuplicates() {
        Inventory inv = Inventory.parse(List.of("# expected nodes", "", "web-1", "db-1 role=db zone=eu-1", "web-1"), "nodes.txt");
        assertEquals(List.of(new Inventory.Entry("web-1", Map.of()),
                new Inventory.Entry("db-1", Map.of("role", "db", "zone", "eu-1"))), inv.entries());
    }

    @Test
    void aBadMetadataItemNamesTheLineAndTheForm() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Inventory.parse(List.of("web-1", "db-1 role"), "nodes.txt"));
        assertTrue(e.getMessage().startsWith("nodes.txt:2: 'role' is not key=value"), e.getMessage());
    }
}
