package dev.pulsegrid.cluster;

import dev.pulsegrid.detect.Durations;
import java.net.InetSocketAddress;

/**
 * A node that moves (DHCP, failover) changes address once: an ADDRESS_CHANGE. Two senders using
 * one id alternate: the old address is heard again soon after the change. That is a CONFLICT,
 * flagged on the node; the first address stays the node's address until one side falls silent.
 *
 * <p>Owned by Membership and called on its thread for every heartbeat; the common case (same address
 * as before, no conflict) allocates nothing. The history lives in the node's {@link AddressTrail},
 * created only for the few nodes that ever change address.
 */
final class AddressTracker {
    private final MembershipListeners listeners;
    private final SnapshotDelta delta;

    AddressTracker(MembershipListeners listeners, SnapshotDelta delta) {
        this.listeners = listeners;
        this.delta = delta;
    }

    /** {@code from} (packed as {@code packed}) was heard sending as {@code r} at {@code now}; null is ignored. */
    void heard(NodeRecord r, InetSocketAddress from, long packed, long now) {
        if (from == null) {
            return;
        }
        long window = Math.max(r.suspectAfterNanos, 1_000_000_000L);
        if (!r.hasAddress() || r.addressIs(packed, from)) {
            r.setAddress(packed, from);
            AddressTrail t = r.trail;
            if (t != null && t.conflictAddress != null && now - t.conflictHeardNanos > window) {
                t.conflictAddress = null;
                listeners.emit(MembershipEvent.Kind.CONFLICT, r, r.state, r.state,
                        "conflict over: only " + AddressText.of(from) + " heard for " + Durations.seconds(now - t.conflictHeardNanos), now);
                delta.markSlot(r.slot);
            }
            return;
        }
        AddressTrail t = r.trail == null ? (r.trail = new AddressTrail()) : r.trail;
        if (t.conflictAddress != null) {
            t.conflictAddress = from;
            t.conflictHeardNanos = now;
            return;
        }
        if (from.equals(t.previousAddress) && now - t.addressChangedNanos <= window) {
            t.conflictAddress = r.addressObject();
            t.conflictHeardNanos = r.lastHeardNanos;
            r.setAddress(packed, from);
            listeners.emit(MembershipEvent.Kind.CONFLICT, r, r.state, r.state, "heartbeats from both "
                    + AddressText.of(from) + " and " + AddressText.of(t.conflictAddress) + " (spoofed or duplicated node id)", now);
            delta.markSlot(r.slot);
            return;
        }
        String was = r.addressText();
        t.previousAddress = r.addressObject();
        t.addressChangedNanos = now;
        r.setAddress(packed, from);
        listeners.emit(MembershipEvent.Kind.ADDRESS_CHANGE, r, r.state, r.state, "address " + was + " -> " + AddressText.of(from), now);
        delta.markSlot(r.slot);
    }
}
