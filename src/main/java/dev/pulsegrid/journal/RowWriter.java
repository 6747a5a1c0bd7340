package dev.pulsegrid.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The writer thread's prepared statements: inserts events and arrivals inside the caller's
 * transaction. Rows go in as multi-row INSERTs executed in JDBC batches: that divides the per-row
 * statement and JNI overhead and is what lifts arrivals past 100k rows/s (see JournalThroughputBenchmark).
 */
final class RowWriter implements AutoCloseable {
    static final int ARRIVALS_PER_INSERT = 100;
    static final int EVENTS_PER_INSERT = 25;
    private static final int EVENT_COLUMNS = 9;
    private static final String EVENT_INSERT = "INSERT INTO events (wall_ms, kind, node_id, from_state, to_state, reason,"
            + " address, incarnation, meta) VALUES ";
    private static final String EVENT_ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String ARRIVAL_INSERT = "INSERT INTO arrivals (node_id, arrival_ms) VALUES ";

    private final PreparedStatement insertEvents;
    private final PreparedStatement insertEvent;
    private final PreparedStatement insertArrivals;
    private final PreparedStatement insertArrival;
    private final PreparedStatement insertNode;
    private final PreparedStatement selectNode;
    private final Map<String, Long> nodeIds = new HashMap<>();

    RowWriter(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            // Random-order inserts into the (node, time) indexes stay in memory instead of spilling mid-transaction.
            s.execute("PRAGMA cache_size = -65536");
        }
        insertEvents = c.prepareStatement(EVENT_INSERT + rows(EVENT_ROW, EVENTS_PER_INSERT));
        insertEvent = c.prepareStatement(EVENT_INSERT + EVENT_ROW);
        insertArrivals = c.prepareStatement(ARRIVAL_INSERT + rows("(?, ?)", ARRIVALS_PER_INSERT));
        insertArrival = c.prepareStatement(ARRIVAL_INSERT + "(?, ?)");
        insertNode = c.prepareStatement("INSERT INTO nodes (name) VALUES (?) ON CONFLICT (name) DO NOTHING");
        selectNode = c.prepareStatement("SELECT id FROM nodes WHERE name = ?");
    }

    void writeEvents(List<JournalEvent> events) throws SQLException {
        int n = events.size();
        int i = 0;
        for (; i + EVENTS_PER_INSERT <= n; i += EVENTS_PER_INSERT) {
            for (int r = 0; r < EVENTS_PER_INSERT; r++) {
                bindEvent(insertEvents, r * EVENT_COLUMNS, events.get(i + r));
            }
            insertEvents.addBatch();
        }
        if (i > 0) {
            insertEvents.executeBatch();
        }
        for (; i < n; i++) {
            bindEvent(insertEvent, 0, events.get(i));
            insertEvent.executeUpdate();
        }
    }

    /** Writes rows {@code [from, to)} of the batch. */
    void writeArrivals(ArrivalBuffer.Batch batch, int from, int to) throws SQLException {
        int n = to;
        int i = from;
        for (; i + ARRIVALS_PER_INSERT <= n; i += ARRIVALS_PER_INSERT) {
            for (int r = 0; r < ARRIVALS_PER_INSERT; r++) {
                insertArrivals.setLong(2 * r + 1, nodeId(batch.nodes[i + r]));
                insertArrivals.setLong(2 * r + 2, batch.millis[i + r]);
            }
            insertArrivals.addBatch();
            if (((i - from) / ARRIVALS_PER_INSERT) % 100 == 99) {
                insertArrivals.executeBatch();
            }
        }
        insertArrivals.executeBatch();
        for (; i < n; i++) {
            insertArrival.setLong(1, nodeId(batch.nodes[i]));
            insertArrival.setLong(2, batch.millis[i]);
            insertArrival.executeUpdate();
        }
    }

    private void bindEvent(PreparedStatement ps, int at, JournalEvent e) throws SQLException {
        ps.setLong(at + 1, e.wallMillis());
        ps.setString(at + 2, e.kind().name());
        if (e.nodeId() == null) {
            ps.setNull(at + 3, Types.INTEGER);
        } else {
            ps.setLong(at + 3, nodeId(e.nodeId()));
        }
        ps.setString(at + 4, e.from() == null ? null : e.from().name());
        ps.setString(at + 5, e.to() == null ? null : e.to().name());
        ps.setString(at + 6, e.reason());
        ps.setString(at + 7, e.address());
        ps.setLong(at + 8, e.incarnation());
        ps.setString(at + 9, MetaJson.encode(e.meta()));
    }

    /** Call after a rollback: ids handed out inside it no longer exist, and half-built batches are void. */
    void forgetUncommittedIds() {
        nodeIds.clear();
        try {
            insertEvents.clearBatch();
            insertArrivals.clearBatch();
        } catch (SQLException ignored) {
            // Nothing queued to clear.
        }
    }

    private long nodeId(String name) throws SQLException {
        Long id = nodeIds.get(name);
        if (id != null) {
            return id;
        }
        insertNode.setString(1, name);
        insertNode.executeUpdate();
        selectNode.setString(1, name);
        try (ResultSet rs = selectNode.executeQuery()) {
            rs.next();
            long found = rs.getLong(1);
            nodeIds.put(name, found);
            return found;
        }
    }

    private static String rows(String row, int n) {
        return String.join(", ", java.util.Collections.nCopies(n, row));
    }

    @Override
    public void close() throws SQLException {
        insertEvents.close();
        insertEvent.close();
        insertArrivals.close();
        insertArrival.close();
        insertNode.close();
        selectNode.close();
    }
}
