package dev.pulsegrid.cluster;

import dev.pulsegrid.detect.ArrivalWindow;
import java.net.InetSocketAddress;
import java.util.Map;

/** Membership's private, mutable per-node state. Touched only by the membership thread. */
final class NodeRecord {
    final int slot;
    final String id;
    NodeState state;
    long incarnation;
    long sequence;
    /** The last sender as a {@link PackedAddress}; NONE when unknown or when it does not pack (then in the trail). */
    long address;
    Map<String, String> meta = Map.of();
    long lastHeardNanos;
    long lastHeardWallMillis;
    long stateSinceNanos;
    long suspectAfterNanos;
    long deadAfterNanos;
    int intervalHintMillis;
    /** Heartbeats counted since first seen; stops at Integer.MAX_VALUE (68 years at 1 Hz). */
    int heartbeats;
    String source = "native";
    ArrivalWindow window;
    /** Deadline of this node's live heap entry; Long.MAX_VALUE when none is scheduled. */
    long scheduledDeadline = Long.MAX_VALUE;
    /** Address changes, conflicts and a non-IPv4 address; null until the node's first change of address or IPv6 (most never). */
    AddressTrail trail;
    /** Recent state changes and flapping; null until the node's first change. */
    FlapHistory flaps;
    /** The per-group override judging this node, or null for the default detector. */
    DetectorOverride override;

    NodeRecord(int slot, String id, ArrivalWindow window) {
        this.slot = slot;
        this.id = id;
        this.window = window;
    }

    /**
     * The moment the current state's next threshold is reached, counting silence from
     * {@code silentSinceNanos} (the last heartbeat, or the monitor's resume after a pause), or
     * Long.MAX_VALUE if none applies.
     */
    long nextThreshold(long silentSinceNanos) {
        return switch (state) {
            case ALIVE -> silentSinceNanos + suspectAfterNanos;
            case SUSPECT -> silentSinceNanos + deadAfterNanos;
            default -> Long.MAX_VALUE;
        };
    }

    /** When a DEAD or LEFT node is to be forgotten, or Long.MAX_VALUE. */
    long forgetAt(long forgetAfterNanos) {
        if ((state == NodeState.DEAD || state == NodeState.LEFT) && forgetAfterNanos != Long.MAX_VALUE) {
            return stateSinceNanos + forgetAfterNanos;
        }
        return Long.MAX_VALUE;
    }

    void countHeartbeat() {
        if (heartbeats < Integer.MAX_VALUE) {
            heartbeats++;
        }
    }

    /** The current address when it does not pack (IPv6, unresolved), or null. */
    InetSocketAddress unpackedAddress() {
        return trail == null ? null : trail.unpackedAddress;
    }

    boolean hasAddress() {
        return address != PackedAddress.NONE || unpackedAddress() != null;
    }

    /** Whether {@code from} (packed as {@code packed}) is this node's address; allocates nothing. */
    boolean addressIs(long packed, InetSocketAddress from) {
        return packed != PackedAddress.NONE ? packed == address : from.equals(unpackedAddress());
    }

    void setAddress(long packed, InetSocketAddress from) {
        address = packed;
        if (packed == PackedAddress.NONE && from != null) {
            (trail == null ? trail = new AddressTrail() : trail).unpackedAddress = from;
        } else if (trail != null) {
            trail.unpackedAddress = null;
        }
    }

    /** The address as an object, built on demand (events, conflicts): null when unknown. */
    InetSocketAddress addressObject() {
        return PackedAddress.unpack(address, unpackedAddress());
    }

    /** The address as text; null when unknown. */
    String addressText() {
        return PackedAddress.text(address, unpackedAddress());
    }

    boolean flapping() {
        return flaps != null && flaps.flapping;
    }

    NodeView view() {
        return new NodeView(slot, id, state, incarnation, sequence, address, unpackedAddress(), meta, lastHeardNanos,
                lastHeardWallMillis, stateSinceNanos, suspectAfterNanos, deadAfterNanos, intervalHintMillis,
                heartbeats, source, trail == null ? null : trail.conflictAddress, flapping(), override == null ? null : override.label());
    }
}
