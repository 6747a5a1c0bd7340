package dev.pulsegrid.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyringFileTest {
    static final String K1 = "k1 hex:000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
    static final String K2 = "k2 hex:1f1e1d1c1b1a191817161514131211100f0e0d0c0b0a09080706050403020100";

    @TempDir
    Path dir;

    /** Writes and moves the mtime forward explicitly: coarse file-system clocks must not hide a change. */
    static void rewrite(Path file, String text, int generation) throws Exception {
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(generation)));
    }

    @Test
    void missingFileNamesThePathAndTheFlag() {
        KeyringFileException e = assertThrows(KeyringFileException.class, () -> KeyringFile.load(dir.resolve("nope")));
        assertEquals("keyring " + dir.resolve("nope") + " does not exist: check the path given to --keyring", e.getMessage());
    }

    @Test
    void malformedFileNamesTheLine() throws Exception {
        Path f = dir.resolve("keys");
        Files.writeString(f, "# comment\n" + K1 + "\nk2 hex:abc\n");
        KeyringFileException e = assertThrows(KeyringFileException.class, () -> KeyringFile.load(f));
        assertTrue(e.getMessage().startsWith("keyring " + f + " line 3: secret is not valid hex"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void rotationIsPickedUpAndAMalformedRewriteKeepsTheOldKeyring() throws Exception {
        Path f = dir.resolve("keys");
        rewrite(f, K1 + "\n", 1);
        try (KeyringFile kf = KeyringFile.open(f)) {
            assertEquals(List.of("k1"), kf.get().ids());
            assertFalse(kf.reloadIfChanged(), "unchanged file reloaded");

            rewrite(f, K1 + "\n" + K2 + " primary\n", 2);
            assertTrue(kf.reloadIfChanged());
            assertEquals(List.of("k1", "k2"), kf.get().ids());
            assertEquals("k2", kf.get().primary().id());

            rewrite(f, K1 + "\n" + K2 + " primary\nk3 hex:zz\n", 3); // a half-finished edit
            assertFalse(kf.reloadIfChanged());
            assertEquals(List.of("k1", "k2"), kf.get().ids());
            assertNotNull(kf.lastProblem());
            assertTrue(kf.lastProblem().contains("line 3"), kf.lastProblem());

            rewrite(f, K2 + "\n", 4);
            assertTrue(kf.reloadIfChanged());
            assertEquals(List.of("k2"), kf.get().ids());
            assertNull(kf.lastProblem());
        }
    }

    @Test
    void theWatchThreadReloadsWithoutBeingAsked() throws Exception {
        Path f = dir.resolve("keys");
        rewrite(f, K1 + "\n", 1);
        try (KeyringFile kf = KeyringFile.watch(f, Duration.ofMillis(20))) {
            rewrite(f, K2 + "\n", 2);
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (!kf.get().ids().equals(List.of("k2")) && System.nanoTime() < deadline) {
                Thread.sleep(10); // waiting for the watch thread to see the file, not for a timeout
            }
            assertEquals(List.of("k2"), kf.get().ids());
        }
    }
}
