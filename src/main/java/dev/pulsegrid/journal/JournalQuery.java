package dev.pulsegrid.journal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which rows to read: empty sets and null bounds mean "all". Immutable; the {@code with...} methods
 * return narrowed copies. Time bounds are Unix ms, {@code from} inclusive, {@code to} exclusive.
 *
 * @param nodes     node ids to include (exact match), empty for all
 * @param kinds     event kinds to include, empty for all (ignored for arrivals)
 * @param fromMillis first millisecond included, null for no lower bound
 * @param toMillis  first millisecond excluded, null for no upper bound
 * @param text      case-insensitive substring of node, kind, reason, address or metadata; null for none
 *                  (ignored for arrivals)
 * @param afterId   only events with a larger row id (live polling), 0 for all
 * @param limit     most rows returned, 0 for no limit
 */
public record JournalQuery(Set<String> nodes, Set<EventKind> kinds, Long fromMillis, Long toMillis, String text,
                           long afterId, int limit) {
    public static final JournalQuery ALL = new JournalQuery(Set.of(), Set.of(), null, null, null, 0, 0);

    public JournalQuery {
        nodes = nodes == null ? Set.of() : Set.copyOf(nodes);
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        text = text == null || text.isBlank() ? null : text.trim();
        if (fromMillis != null && toMillis != null && fromMillis > toMillis) {
            throw new IllegalArgumentException("time range ends before it starts");
        }
    }

    public JournalQuery withNodes(Set<String> n) {
        return new JournalQuery(n, kinds, fromMillis, toMillis, text, afterId, limit);
    }

    public JournalQuery withKinds(Set<EventKind> k) {
        return new JournalQuery(nodes, k, fromMillis, toMillis, text, afterId, limit);
    }

    public JournalQuery withRange(Long from, Long to) {
        return new JournalQuery(nodes, kinds, from, to, text, afterId, limit);
    }

    public JournalQuery withText(String t) {
        return new JournalQuery(nodes, kinds, fromMillis, toMillis, t, afterId, limit);
    }

    public JournalQuery withAfterId(long id) {
        return new JournalQuery(nodes, kinds, fromMillis, toMillis, text, id, limit);
    }

    public JournalQuery withLimit(int l) {
        return new JournalQuery(nodes, kinds, fromMillis, toMillis, text, afterId, l);
    }

    /** SQL and its arguments, in bind order. */
    record Sql(String text, List<Object> args) {
    }

    /** Node by id, not name: readers map ids to names themselves (saves a join and a string per row). */
    static final String EVENT_COLUMNS = "e.id, e.wall_ms, e.kind, e.node_id, e.from_state, e.to_state, e.reason,"
            + " e.address, e.incarnation, e.meta";

    /** Events in journal order (row id). */
    Sql eventSql(String columns) {
        return eventSql(columns, false);
    }

    /** Events in journal order, or newest first (the log viewer's initial load: the last N rows). */
    Sql eventSql(String columns, boolean newestFirst) {
        StringBuilder sql = new StringBuilder("SELECT ").append(columns).append(" FROM events e");
        if (text != null) {
            sql.append(" LEFT JOIN nodes n ON n.id = e.node_id");
        }
        sql.append(" WHERE 1=1");
        List<Object> args = new ArrayList<>();
        nodeFilter(sql, args, "e.node_id");
        timeFilter(sql, args, "e.wall_ms");
        if (!kinds.isEmpty()) {
            sql.append(" AND e.kind IN (").append(placeholders(kinds.size())).append(')');
            kinds.stream().map(Enum::name).sorted().forEach(args::add);
        }
        if (text != null) {
            String like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            sql.append(" AND (n.name LIKE ? ESCAPE '\\' OR e.kind LIKE ? ESCAPE '\\' OR e.reason LIKE ? ESCAPE '\\'"
                    + " OR e.address LIKE ? ESCAPE '\\' OR e.meta LIKE ? ESCAPE '\\')");
            for (int i = 0; i < 5; i++) {
                args.add(like);
            }
        }
        if (afterId > 0) {
            sql.append(" AND e.id > ?");
            args.add(afterId);
        }
        sql.append(newestFirst ? " ORDER BY e.id DESC" : " ORDER BY e.id");
        limit(sql, args);
        return new Sql(sql.toString(), args);
    }

    /** Arrivals in time order (ties in the order they were journaled). */
    Sql arrivalSql(String columns) {
        StringBuilder sql = new StringBuilder("SELECT ").append(columns).append(" FROM arrivals a WHERE 1=1");
        List<Object> args = new ArrayList<>();
        nodeFilter(sql, args, "a.node_id");
        timeFilter(sql, args, "a.arrival_ms");
        sql.append(" ORDER BY a.arrival_ms, a.rowid");
        limit(sql, args);
        return new Sql(sql.toString(), args);
    }

    /** Above this many node ids, one JSON array parameter instead of one placeholder each. */
    static final int MAX_LISTED_NODES = 100;

    private void nodeFilter(StringBuilder sql, List<Object> args, String column) {
        if (nodes.size() > MAX_LISTED_NODES) {
            // A group of thousands of nodes: the SQL stays the same size and far below SQLite's
            // bound-variable limit; json_each unpacks the ids inside the database.
            sql.append(" AND ").append(column)
                    .append(" IN (SELECT id FROM nodes WHERE name IN (SELECT value FROM json_each(?)))");
            args.add(MetaJson.array(nodes.stream().sorted().toList()));
        } else if (!nodes.isEmpty()) {
            sql.append(" AND ").append(column).append(" IN (SELECT id FROM nodes WHERE name IN (")
                    .append(placeholders(nodes.size())).append("))");
            nodes.stream().sorted().forEach(args::add);
        }
    }

    private void timeFilter(StringBuilder sql, List<Object> args, String column) {
        if (fromMillis != null) {
            sql.append(" AND ").append(column).append(" >= ?");
            args.add(fromMillis);
        }
        if (toMillis != null) {
            sql.append(" AND ").append(column).append(" < ?");
            args.add(toMillis);
        }
    }

    private void limit(StringBuilder sql, List<Object> args) {
        if (limit > 0) {
            sql.append(" LIMIT ?");
            args.add((long) limit);
        }
    }

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
