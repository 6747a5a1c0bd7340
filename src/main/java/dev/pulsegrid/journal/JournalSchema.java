package dev.pulsegrid.journal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The journal's tables, versioned with {@code PRAGMA user_version}. Node names live once in
 * {@code nodes}; events and arrivals refer to them by integer id, which keeps the arrival rows and
 * their indexes small enough for 100k inserts per second.
 */
final class JournalSchema {
    static final int VERSION = 1;

    private static final String[] V1 = {
        "CREATE TABLE nodes (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)",
        "CREATE TABLE events ("
                + " id INTEGER PRIMARY KEY,"
                + " wall_ms INTEGER NOT NULL,"
                + " kind TEXT NOT NULL,"
                + " node_id INTEGER REFERENCES nodes(id),"
                + " from_state TEXT,"
                + " to_state TEXT,"
                + " reason TEXT,"
                + " address TEXT,"
                + " incarnation INTEGER NOT NULL DEFAULT 0,"
                + " meta TEXT)",
        "CREATE INDEX events_node_time ON events (node_id, wall_ms)",
        "CREATE INDEX events_time ON events (wall_ms)",
        "CREATE TABLE arrivals (node_id INTEGER NOT NULL REFERENCES nodes(id), arrival_ms INTEGER NOT NULL)",
        "CREATE INDEX arrivals_node_time ON arrivals (node_id, arrival_ms)",
        "CREATE INDEX arrivals_time ON arrivals (arrival_ms)",
    };

    private JournalSchema() {
    }

    static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Brings an empty or current database to {@link #VERSION}; refuses one written by a newer Pulsegrid. */
    static void migrate(Connection c, String where) throws SQLException {
        int v = version(c);
        if (v == VERSION) {
            return;
        }
        if (v > VERSION) {
            throw new JournalException("journal " + where + " has schema version " + v + ", newer than this Pulsegrid ("
                    + VERSION + "): upgrade Pulsegrid or choose another file with --journal PATH");
        }
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
                if (rs.next() && rs.getInt(1) > 0) {
                    throw new JournalException("journal " + where + " is an SQLite file of something else (it has tables"
                            + " but no Pulsegrid schema version): choose another file with --journal PATH");
                }
            }
            // Lets retention give space back without a full VACUUM. WAL mode has already written page 1,
            // so the setting only takes effect through a VACUUM, which costs nothing on an empty file.
            s.execute("PRAGMA auto_vacuum = INCREMENTAL");
            if (v == 0) {
                s.execute("VACUUM");
            }
            c.setAutoCommit(false);
            try {
                for (String ddl : V1) {
                    s.execute(ddl);
                }
                s.execute("PRAGMA user_version = " + VERSION);
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }
}
