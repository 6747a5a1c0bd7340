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

    public void forEachEvent(JournalQuery query, EventSink sink) {
        JournalQuery.Sql sql = query.eventSql(JournalQuery.EVENT_COLUMNS);
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

    public void forEachArrival(JournalQuery query, ArrivalSink sink) {
        JournalQuery.Sql sql = query.arrivalSql("n.name, a.arrival_ms");
        try (PreparedStatement ps = prepare(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (!sink.accept(rs.getString(1), rs.getLong(2))) {
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

    private static JournalEvent event(ResultSet rs) throws SQLException {
        String from = rs.getString(5);
        String to = rs.getString(6);
        return new JournalEvent(rs.getLong(1), rs.getLong(2), EventKind.valueOf(rs.getString(3)), rs.getString(4),
                from == null ? null : NodeState.valueOf(from), to == null ? null : NodeState.valueOf(to),
                rs.getString(7), rs.getString(8), rs.getLong(9), MetaJson.decode(rs.getString(10)));
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
