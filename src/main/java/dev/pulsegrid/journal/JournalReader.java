package dev.pulsegrid.journal;

import dev.pulsegrid.cluster.NodeState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads a journal on a connection of its own (one thread at a time); safe while the writer runs. */
public final class JournalReader implements AutoCloseable {
    /** Receives rows one by one; return false to stop early. Runtime exceptions pass through unchanged. */
    @FunctionalInterface
    public interface EventSink {
        boolean accept(JournalEvent event);
    }

    @FunctionalInterface
    public interface ArrivalSink {
        boolean accept(String nodeId, long arrivalMillis);
    }

    private final Journal journal;
    private final Connection connection;
    /** Node names by id; refreshed when a row names an id not seen yet (the writer adds nodes live). */
    private final java.util.HashMap<Long, String> nodeNames = new java.util.HashMap<>();

    public JournalReader(Journal journal) {
        this.journal = journal;
        try {
            this.connection = journal.connect();
        } catch (SQLException e) {
            throw new JournalException("cannot read journal " + journal.path() + ": " + e.getMessage(), e);
        }
    }

    public List<JournalEvent> events(JournalQuery query) {
        List<JournalEvent> out = new ArrayList<>();
        forEachEvent(query, out::add);
        return out;
    }

    /** The newest {@code max} events matching the query, returned in journal order. */
    public List<JournalEvent> newestEvents(JournalQuery query, int max) {
        List<JournalEvent> out = new ArrayList<>();
        forEach(query.withLimit(max).eventSql(JournalQuery.EVENT_COLUMNS, true), out::add);
        java.util.Collections.reverse(out);
        return out;
    }

    public void forEachEvent(JournalQuery query, EventSink sink) {
        forEach(query.eventSql(JournalQuery.EVENT_COLUMNS), sink);
    }

    private void forEach(JournalQuery.Sql sql, EventSink sink) {
        try (PreparedStatement ps = prepare(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (!sink.accept(event(rs))) {
                    return;
                }
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Exports' fast path: the same rows as {@link #forEachEvent}, in one reused mutable row. */
    void forEachEventRow(JournalQuery query, java.util.function.Predicate<EventRow> sink) {
        JournalQuery.Sql sql = query.eventSql(JournalQuery.EVENT_COLUMNS);
        EventRow row = new EventRow();
        try (PreparedStatement ps = prepare(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                row.id = rs.getLong(1);
                row.wallMillis = rs.getLong(2);
                row.kind = ColumnText.name(rs, 3);
                row.node = nodeName(rs, 4);
                row.from = ColumnText.name(rs, 5);
                row.to = ColumnText.name(rs, 6);
                row.reason = ColumnText.text(rs, 7);
                row.address = ColumnText.text(rs, 8);
                row.incarnation = rs.getLong(9);
                row.metaJson = ColumnText.text(rs, 10);
                if (!sink.test(row)) {
                    return;
                }
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    public void forEachArrival(JournalQuery query, ArrivalSink sink) {
        JournalQuery.Sql sql = query.arrivalSql("a.node_id, a.arrival_ms");
        try (PreparedStatement ps = prepare(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (!sink.accept(nodeName(rs, 1), rs.getLong(2))) {
                    return;
                }
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    public long countEvents(JournalQuery query) {
        return count(query.withLimit(0).eventSql("count(*)"));
    }

    public long countArrivals(JournalQuery query) {
        return count(query.withLimit(0).arrivalSql("count(*)"));
    }

    /** Every node the journal has heard of, sorted. */
    public List<String> nodes() {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT name FROM nodes ORDER BY name");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw failure(e);
        }
        return out;
    }

    /** The newest event row id, 0 when empty: where live polling starts. */
    public long lastEventId() {
        return count(new JournalQuery.Sql("SELECT coalesce(max(id), 0) FROM events", List.of()));
    }

    private long count(JournalQuery.Sql sql) {
        try (PreparedStatement ps = prepare(sql); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private PreparedStatement prepare(JournalQuery.Sql sql) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(sql.text());
        for (int i = 0; i < sql.args().size(); i++) {
            ps.setObject(i + 1, sql.args().get(i));
        }
        return ps;
    }

    private JournalEvent event(ResultSet rs) throws SQLException {
        String from = ColumnText.name(rs, 5);
        String to = ColumnText.name(rs, 6);
        return new JournalEvent(rs.getLong(1), rs.getLong(2), EventKind.valueOf(ColumnText.name(rs, 3)), nodeName(rs, 4),
                from == null ? null : NodeState.valueOf(from), to == null ? null : NodeState.valueOf(to),
                ColumnText.text(rs, 7), ColumnText.text(rs, 8), rs.getLong(9), MetaJson.decode(ColumnText.text(rs, 10)));
    }

    private String nodeName(ResultSet rs, int column) throws SQLException {
        long id = rs.getLong(column);
        if (rs.wasNull()) {
            return null;
        }
        String name = nodeNames.get(id);
        if (name == null) {
            loadNodeNames();
            name = nodeNames.get(id);
            if (name == null) {
                throw new JournalException("journal " + journal.path() + " refers to unknown node id " + id);
            }
        }
        return name;
    }

    private void loadNodeNames() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT id, name FROM nodes");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                nodeNames.put(rs.getLong(1), rs.getString(2));
            }
        }
    }

    private JournalException failure(Exception e) {
        return new JournalException("reading journal " + journal.path() + ": " + e.getMessage(), e);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure(e);
        }
    }
}
