package dev.pulsegrid.journal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file completely or not at all: into a hidden temporary file in the target's directory
 * (same file system, so the rename is atomic), forced to disk, then renamed over the target. On any
 * failure or cancellation the temporary file is deleted and an existing target is left untouched.
 */
public final class AtomicFile {
    /** The body that fills the file. */
    @FunctionalInterface
    public interface Body<T> {
        T write(Writer out) throws IOException;
    }

    private AtomicFile() {
    }

    public static <T> T write(Path target, Body<T> body) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".part");
        boolean done = false;
        try {
            T result;
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                Writer out = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(ch), StandardCharsets.UTF_8),
                        1 << 16);
                result = body.write(out);
                out.flush();
                ch.force(true);
            }
            try {
                Files.move(temp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
            return result;
        } finally {
            if (!done) {
                Files.deleteIfExists(temp);
            }
        }
    }
}
