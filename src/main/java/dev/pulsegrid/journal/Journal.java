package dev.pulsegrid.journal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;

/**
 * A journal file: an SQLite database in WAL mode holding node events and heartbeat arrivals.
 * The one {@link JournalWriter} and any number of readers ({@link JournalQuery}, exports, the log
 * viewer) each use a connection of their own; WAL lets readers run while the writer commits.
 * <p>
 * Durability: {@code synchronous=NORMAL} in WAL mode makes every commit survive a crash or SIGKILL
 * of this process; only an OS crash or power loss may roll back the last commits (never corrupt).
 */
public final class Journal {
    private final Path path;

    private Journal(Path path) {
        this.path = path;
    }

    /** Opens (creating file, directories and tables when needed) the journal at {@code path}. */
    public static Journal open(Path path) {
        Path abs = path.toAbsolutePath();
        try {
            Path dir = abs.getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
        } catch (IOException e) {
            throw new JournalException("cannot create the directory for journal " + abs + ": " + e.getMessage()
                    + " (choose another place with --journal PATH)", e);
        }
        Journal journal = new Journal(abs);
        try (Connection c = journal.connect()) {
            JournalSchema.migrate(c, abs.toString());
        } catch (SQLException e) {
            throw new JournalException("cannot open journal " + abs + ": " + e.getMessage()
                    + " (is it a Pulsegrid journal? choose another with --journal PATH)", e);
        }
        return journal;
    }

    /** Opens the journal in the user's data directory ({@link JournalPaths#defaultPath()}). */
    public static Journal openDefault() {
        return open(JournalPaths.defaultPath());
    }

    public Path path() {
        return path;
    }

    /** A new connection configured for this journal; the caller owns and closes it, one thread at a time. */
    public Connection connect() throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        // Readers and the retention pass may briefly contend for the write lock; wait instead of failing.
        config.setBusyTimeout(5_000);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        return config.createConnection("jdbc:sqlite:" + path);
    }

    @Override
    public String toString() {
        return "Journal[" + path + "]";
    }
}
