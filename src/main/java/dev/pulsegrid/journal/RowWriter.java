package dev.pulsegrid.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The writer thread's prepared statements: inserts events and arrivals inside the caller's transaction. */
final class RowWriter implements AutoCloseable {
    private final PreparedStatement insertEvent;
    private final PreparedStatement insertArrival;
    private final PreparedStatement insertNode;
    private final PreparedStatement selectNode;
    private final Map<String, Long> nodeIds = new HashMap<>();

    RowWriter(Connection c) throws SQLException {
        insertEvent = c.prepareStatement("INSERT INTO events (wall_ms, kind, node_id, from_state, to_state, reason,"
                + " address, incarnation, meta) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        insertArrival = c.prepareStatement("INSERT INTO arrivals (node_id, arrival_ms) VALUES (?, ?)");
        insertNode = c.prepareStatement("INSERT INTO nodes (name) VALUES (?) ON CONFLICT (name) DO NOTHING");
        selectNode = c.prepareStatement("SELECT id FROM nodes WHERE name = ?");
    }

    void writeEvents(List<JournalEvent> events) throws SQLException {
        for (JournalEvent e : events) {
            PreparedStatement ps = insertEvent;
            ps.setLong(1, e.wallMillis());
            ps.setString(2, e.kind().name());
            if (e.nodeId() == null) {
                ps.setNull(3, Types.INTEGER);
            } else {
                ps.setLong(3, nodeId(e.nodeId()));
            }
            ps.setString(4, e.from() == null ? null : e.from().name());
            ps.setString(5, e.to() == null ? null : e.to().name());
            ps.setString(6, e.reason());
            ps.setString(7, e.address());
            ps.setLong(8, e.incarnation());
            ps.setString(9, MetaJson.encode(e.meta()));
            ps.executeUpdate();
        }
    }

    void writeArrivals(ArrivalBuffer.Batch batch) throws SQLException {
        PreparedStatement ps = insertArrival;
        for (int i = 0; i < batch.size; i++) {
            ps.setLong(1, nodeId(batch.nodes[i]));
            ps.setLong(2, batch.millis[i]);
            ps.executeUpdate();
        }
    }

    /** Call after a rollback: ids handed out inside it no longer exist. */
    void forgetUncommittedIds() {
        nodeIds.clear();
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

    @Override
    public void close() throws SQLException {
        insertEvent.close();
        insertArrival.close();
        insertNode.close();
        selectNode.close();
    }
}
