package dev.pulsegrid.journal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The export kinds a user reads about are the kinds an export can hold. */
class EventKindDocsTest {
    @ParameterizedTest
    @ValueSource(strings = {"README.md", "docs/EXPORT.md"})
    void everyKindIsDocumented(String doc) throws IOException {
        String text = Files.readString(Path.of(doc));
        for (EventKind k : EventKind.values()) {
            assertTrue(text.contains("`" + k.name() + "`"), doc + " does not name `" + k.name() + "`");
        }
    }
}
