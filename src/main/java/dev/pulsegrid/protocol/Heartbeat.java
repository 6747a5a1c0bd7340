package dev.pulsegrid.protocol;

import java.util.Map;
import java.util.Objects;

/**
 * One decoded message from a node: immutable, independent of the wire form it came in.
 *
 * @param type        HEARTBEAT or LEAVE
 * @param nodeId      the node's stable name (1..255 UTF-8 bytes)
 * @param incarnation grows when the node restarts; 0 when the sender does not say
 * @param sequence    grows with every message of one incarnation; 0 when the sender does not say
 * @param sentAtMillis the sender's wall clock (Unix ms) when sent; 0 when unknown
 * @param intervalHintMillis how often the sender intends to send; 0 when unknown
 * @param meta        small key/value labels (cluster, zone, role, version...), never null
 */
public record Heartbeat(
        MessageType type,
        String nodeId,
        long incarnation,
        long sequence,
        long sentAtMillis,
        int intervalHintMillis,
        Map<String, String> meta) {

    public Heartbeat {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(nodeId, "nodeId");
        meta = meta == null || meta.isEmpty() ? Map.of() : Map.copyOf(meta);
    }

    /** The smallest valid heartbeat: what {@code {"id":"x"}} decodes to. */
    public static Heartbeat of(String nodeId) {
        return new Heartbeat(MessageType.HEARTBEAT, nodeId, 0, 0, 0, 0, Map.of());
    }

    public boolean isLeave() {
        return type == MessageType.LEAVE;
    }
}
