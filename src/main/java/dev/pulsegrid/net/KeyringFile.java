package dev.pulsegrid.net;

import dev.pulsegrid.protocol.Keyring;
import dev.pulsegrid.protocol.KeyringFormatException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A keyring file that follows its file: a background thread polls the modification time (and size)
 * and, when they change, parses the file and swaps the new immutable {@link Keyring} in whole. A file
 * that no longer parses keeps the previous keyring and logs one line, so a half-saved edit never
 * locks every node out.
 */
public final class KeyringFile implements Supplier<Keyring>, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KeyringFile.class);

    private final Path path;
    private volatile Keyring current;
    private volatile String lastProblem;
    private long stamp;
    private long reloads;
    private ScheduledExecutorService poller;

    private KeyringFile(Path path, Keyring initial, long stamp) {
        this.path = path;
        this.current = initial;
        this.stamp = stamp;
    }

    /**
     * Reads and parses a keyring file once.
     *
     * @throws KeyringFileException with a one-line message naming the file, the line and the fix
     */
    public static Keyring load(Path path) throws KeyringFileException {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new KeyringFileException("keyring " + path + " does not exist: check the path given to --keyring");
        } catch (AccessDeniedException e) {
            throw new KeyringFileException("keyring " + path + " cannot be read: permission denied (it should be readable by this user only, chmod 600)");
        } catch (IOException e) {
            throw new KeyringFileException("keyring " + path + " cannot be read: " + e.getMessage());
        }
        try {
            return Keyring.parse(text);
        } catch (KeyringFormatException e) {
            throw new KeyringFileException("keyring " + path + " " + e.getMessage()
                    + " (format: '<key-id> hex:<secret>|base64:<secret> [primary]' per line)");
        }
    }

    /** Loads the file and polls it every {@code every} for changes until {@link #close()}. */
    public static KeyringFile watch(Path path, Duration every) throws KeyringFileException {
        KeyringFile f = open(path);
        f.poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "pulsegrid-keyring-watch");
            t.setDaemon(true);
            return t;
        });
        long ms = Math.max(1, every.toMillis());
        f.poller.scheduleWithFixedDelay(f::reloadIfChanged, ms, ms, TimeUnit.MILLISECONDS);
        return f;
    }

    /** Loads the file without a polling thread; {@link #reloadIfChanged()} is then called by hand (tests). */
    public static KeyringFile open(Path path) throws KeyringFileException {
        long stamp = stampOf(path);
        return new KeyringFile(path, load(path), stamp);
    }

    private static long stampOf(Path path) {
        try {
            BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
            return a.lastModifiedTime().to(TimeUnit.NANOSECONDS) * 31 + a.size();
        } catch (IOException e) {
            return Long.MIN_VALUE; // gone for now (editors replace files): try again next poll
        }
    }

    /**
     * Reloads when the file's modification time or size changed since the last look.
     *
     * @return true when a new keyring was swapped in
     */
    public synchronized boolean reloadIfChanged() {
        long now = stampOf(path);
        if (now == stamp || now == Long.MIN_VALUE) {
            return false;
        }
        stamp = now;
        try {
            Keyring k = load(path);
            current = k;
            lastProblem = null;
            reloads++;
            LOG.info("keyring {} reloaded: {}", path, k);
            return true;
        } catch (KeyringFileException e) {
            lastProblem = e.getMessage();
            LOG.warn("{}; keeping the previous keyring {}", e.getMessage(), current);
            return false;
        } catch (RuntimeException e) {
            lastProblem = e.toString();
            LOG.warn("keyring {} not reloaded ({}); keeping the previous keyring {}", path, e, current);
            return false;
        }
    }

    @Override
    public Keyring get() {
        return current;
    }

    public Path path() {
        return path;
    }

    /** Why the last reload was refused, or null when the file in force is the file on disk. */
    public String lastProblem() {
        return lastProblem;
    }

    public synchronized long reloads() {
        return reloads;
    }

    @Override
    public void close() {
        if (poller != null) {
            poller.shutdownNow();
        }
    }
}
