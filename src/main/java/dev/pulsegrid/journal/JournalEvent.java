package dev.pulsegrid.journal;

import dev.pulsegrid.cluster.MembershipEvent;
import dev.pulsegrid.cluster.NodeState;
import java.util.Map;

/**
 * One row of the journal's event table, as written and as read back.
 *
 * @param id          row id once stored (ascending in commit order), 0 before
 * @param wallMillis  Unix ms when it happened
 * @param kind        what happened
 * @param nodeId      the node, null for monitor-wide events (start/stop, settings, self-pause)
 * @param from        previous state, null when none
 * @param to          state after, null for monitor-wide events
 * @param reason      human-readable cause or description
 * @param address     "host:port" or null
 * @param incarnation node incarnation, 0 for monitor-wide events
 * @param meta        node metadata, never null
 */
public record JournalEvent(
        long id,
        long wallMillis,
        EventKind kind,
        String nodeId,
        NodeState from,
        NodeState to,
        String reason,
        String address,
        long incarnation,
        Map<String, String> meta) {

    public JournalEvent {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
        meta = meta == null ? Map.of() : meta;
    }

    public static JournalEvent of(MembershipEvent e) {
        return new JournalEvent(0, e.wallMillis(), EventKind.of(e.kind()), e.nodeId(), e.from(), e.to(),
                e.reason(), e.addressText(), e.incarnation(), e.meta());
    }

    /** A monitor-wide event (start/stop, settings change, self-pause/resume). */
    public static JournalEvent monitor(long wallMillis, EventKind kind, String description) {
        return new JournalEvent(0, wallMillis, kind, null, null, null, description, null, 0, Map.of());
    }

    public JournalEvent withId(long newId) {
        return new JournalEvent(newId, wallMillis, kind, nodeId, from, to, reason, address, incarnation, meta);
    }
}
