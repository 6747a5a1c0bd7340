package dev.pulsegrid.protocol.collectd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollectdAuthFileTest {
    @Test
    void readsCollectdStyleLinesSkippingCommentsAndBlanks(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("passwd");
        Files.writeString(f, "# collectd AuthFile\n\nalice: s3cret\n  bob :  pass word  \n");
        CollectdAuthFile auth = CollectdAuthFile.load(f);
        assertEquals(2, auth.size());
        assertEquals(Optional.of("s3cret"), auth.password("alice"));
        assertEquals(Optional.of("pass word"), auth.password("bob"));
        assertEquals(Optional.empty(), auth.password("carol"));
    }

    @Test
    void aBadLineIsNamedWithItsNumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CollectdAuthFile.parse(List.of("alice: x", "no colon here"), "users.txt"));
        assertTrue(e.getMessage().startsWith("users.txt:2:"), e.getMessage());
    }
}
