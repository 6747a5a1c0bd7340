package dev.pulsegrid.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Applies a {@link RetentionPolicy} to a journal connection; run by the writer thread in the background. */
final class Retention {
    /** What one pass removed. */
    record Result(long deletedEvents, long deletedArrivals) {
    }

    private Retention() {
    }

    /** The oldest timestamp a row may have and still be kept (rows strictly older are expired). */
    static long cutoff(long nowMillis, java.time.Duration maxAge) {
        return nowMillis - maxAge.toMillis();
    }

    /** Deletes expired rows, then oldest rows while over the size limit; commits. Autocommit must be off. */
    static Result apply(Connection c, RetentionPolicy policy, long nowMillis) throws SQLException {
        long events = update(c, "DELETE FROM events WHERE wall_ms < ?", cutoff(nowMillis, policy.eventMaxAge()));
        long arrivals = update(c, "DELETE FROM arrivals WHERE arrival_ms < ?", cutoff(nowMillis, policy.arrivalMaxAge()));
        c.commit();
        if (policy.maxBytes() > 0) {
            while (usedBytes(c) > policy.maxBytes()) {
                long a = deleteOldest(c, "arrivals", "arrival_ms");
                arrivals += a;
                long e = a == 0 ? deleteOldest(c, "events", "wall_ms") : 0;
                events += e;
                c.commit();
                if (a == 0 && e == 0) {
                    break;
                }
            }
        }
        if (events + arrivals > 0) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA incremental_vacuum");
            }
            c.commit();
        }
        return new Result(events, arrivals);
    }

    /** Bytes in pages that hold data (free pages are reused, and given back by incremental vacuum). */
    static long usedBytes(Connection c) throws SQLException {
        return (pragma(c, "page_count") - pragma(c, "freelist_count")) * pragma(c, "page_size");
    }

    /** Deletes the oldest tenth (at least 1,000 rows) by time, so each step frees a visible amount. */
    private static long deleteOldest(Connection c, String table, String timeColumn) throws SQLException {
        long count = scalar(c, "SELECT count(*) FROM " + table);
        if (count == 0) {
            return 0;
        }
        long chunk = Math.max(1_000, count / 10);
        return update(c, "DELETE FROM " + table + " WHERE rowid IN (SELECT rowid FROM " + table
                + " ORDER BY " + timeColumn + " LIMIT ?)", chunk);
    }

    private static long update(Connection c, String sql, long arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, arg);
            return ps.executeUpdate();
        }
    }

    private static long pragma(Connection c, String name) throws SQLException {
        return scalar(c, "PRAGMA " + name);
    }

    private static long scalar(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
