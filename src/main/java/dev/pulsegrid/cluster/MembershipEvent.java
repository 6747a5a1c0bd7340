package dev.pulsegrid.cluster;

import java.net.InetSocketAddress;
import java.util.Map;

/**
 * Something that happened to a node, with the reason, as the journal, `watch` and handlers see it.
 * A state change has {@code from} and {@code to}; other kinds carry the state unchanged in both.
 *
 * @param wallMillis when (Unix ms)
 * @param nanos      when (Clock.nanos), for precise ordering and latency measurements
 * @param kind       what happened
 * @param nodeId     which node
 * @param from       previous state, null for a node's first heartbeat
 * @param to         new state
 * @param reason     human-readable cause, e.g. "no heartbeat for 3.0s (suspect-after 3s)"
 * @param packedAddress last known address of the node as a {@link PackedAddress}, or NONE when unknown or
 *                   it does not pack; {@link #address()} is the readable form
 * @param unpackedAddress last known address when it does not pack (IPv6, unresolved), else null
 * @param incarnation node incarnation at the time
 * @param meta       node metadata at the time
 */
public record MembershipEvent(
        long wallMillis,
        long nanos,
        Kind kind,
        String nodeId,
        NodeState from,
        NodeState to,
        String reason,
        long packedAddress,
        InetSocketAddress unpackedAddress,
        long incarnation,
        Map<String, String> meta) {

    /** One address, one form, as in {@link NodeView}: an address that packs is held packed. */
    public MembershipEvent {
        long packs = PackedAddress.pack(unpackedAddress);
        if (packs != PackedAddress.NONE) {
            packedAddress = packs;
            unpackedAddress = null;
        }
    }

    /** An event with its address as an object (null: unknown). */
    public MembershipEvent(long wallMillis, long nanos, Kind kind, String nodeId, NodeState from, NodeState to, String reason,
                           InetSocketAddress address, long incarnation, Map<String, String> meta) {
        this(wallMillis, nanos, kind, nodeId, from, to, reason, PackedAddress.NONE, address, incarnation, meta);
    }

    public enum Kind {
        /** State changed (including a node's first heartbeat: null -> ALIVE). */
        TRANSITION,
        /** The node restarted: a higher incarnation was heard. */
        RESTART,
        /** The node's heartbeats now come from another address. */
        ADDRESS_CHANGE,
        /** The node's metadata changed. */
        META_CHANGE,
        /** The node was forgotten after its cleanup time. */
        FORGOTTEN,
        /** Two addresses heartbeat as the same node at once (spoofing or a duplicated node). */
        CONFLICT,
        /** The node changes state too often ({@link FlapScore}); the reason carries the score. */
        FLAPPING_START,
        /** The node's changes calmed down below the flapping threshold. */
        FLAPPING_END
    }

    public boolean isTransition() {
        return kind == Kind.TRANSITION;
    }

    public boolean hasAddress() {
        return packedAddress != PackedAddress.NONE || unpackedAddress != null;
    }

    /** Last known address of the node, or null; built on demand for an IPv4 address (events queue by the thousand). */
    public InetSocketAddress address() {
        return PackedAddress.unpack(packedAddress, unpackedAddress);
    }

    /** "10.0.0.1:7946", or null when the address is unknown. */
    public String addressText() {
        return PackedAddress.text(packedAddress, unpackedAddress);
    }
}
