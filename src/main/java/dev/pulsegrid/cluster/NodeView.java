package dev.pulsegrid.cluster;

import java.net.InetSocketAddress;
import java.util.Map;

/**
 * An immutable picture of one node at the moment a snapshot was taken. Readers on any thread may
 * hold it; membership replaces it (never mutates it) when the node changes.
 *
 * @param slot              stable index of this node for its whole life in this monitor (grid position key)
 * @param id                node id
 * @param state             current state
 * @param incarnation       latest incarnation heard
 * @param sequence          latest sequence heard
 * @param packedAddress     where the last heartbeat came from as a {@link PackedAddress} (IPv4 and port), or
 *                          {@link PackedAddress#NONE} when never heard directly or the address does not pack;
 *                          {@link #address()} is the readable form
 * @param unpackedAddress   where the last heartbeat came from when it does not pack (IPv6, unresolved), else null
 * @param meta              latest metadata
 * @param lastHeardNanos    monotonic time of the last heartbeat (Clock.nanos)
 * @param lastHeardWallMillis wall time of the last heartbeat
 * @param stateSinceNanos   monotonic time the current state began
 * @param suspectAfterNanos silence after which this node becomes SUSPECT under current settings
 * @param deadAfterNanos    silence after which this node becomes DEAD under current settings
 * @param intervalHintMillis interval the node announced (0 if unknown)
 * @param heartbeats        heartbeats received from this node since first seen (stops at Integer.MAX_VALUE:
 *                          68 years at 1 Hz; an int keeps the view at 120 bytes, not 128)
 * @param source            where its freshness comes from: "native", later "collectd", "gossip"...
 * @param conflictAddress   a second address heartbeating under this id at the same time (spoofing or a
 *                          duplicated node), or null when there is no conflict
 * @param flapping          the node changes state too often ({@link FlapScore}, judged by membership)
 * @param detectorOverride  label of the per-group override judging this node (e.g. "role=db"), or null
 *                          when the default detector does; shared with the policy, not a copy per node
 */
public record NodeView(
        int slot,
        String id,
        NodeState state,
        long incarnation,
        long sequence,
        long packedAddress,
        InetSocketAddress unpackedAddress,
        Map<String, String> meta,
        long lastHeardNanos,
        long lastHeardWallMillis,
        long stateSinceNanos,
        long suspectAfterNanos,
        long deadAfterNanos,
        int intervalHintMillis,
        int heartbeats,
        String source,
        InetSocketAddress conflictAddress,
        boolean flapping,
        String detectorOverride) {

    /** One address, one form: an address that packs is held packed, so equal addresses make equal views. */
    public NodeView {
        long packs = PackedAddress.pack(unpackedAddress);
        if (packs != PackedAddress.NONE) {
            packedAddress = packs;
            unpackedAddress = null;
        }
    }

    /** A view with its address as an object ({@code address} may be null: never heard directly). */
    public NodeView(int slot, String id, NodeState state, long incarnation, long sequence, InetSocketAddress address,
                    Map<String, String> meta, long lastHeardNanos, long lastHeardWallMillis, long stateSinceNanos,
                    long suspectAfterNanos, long deadAfterNanos, int intervalHintMillis, int heartbeats, String source,
                    InetSocketAddress conflictAddress, boolean flapping, String detectorOverride) {
        this(slot, id, state, incarnation, sequence, PackedAddress.NONE, address, meta, lastHeardNanos, lastHeardWallMillis,
                stateSinceNanos, suspectAfterNanos, deadAfterNanos, intervalHintMillis, heartbeats, source, conflictAddress,
                flapping, detectorOverride);
    }

    /** A node judged by the default detector. */
    public NodeView(int slot, String id, NodeState state, long incarnation, long sequence, InetSocketAddress address,
                    Map<String, String> meta, long lastHeardNanos, long lastHeardWallMillis, long stateSinceNanos,
                    long suspectAfterNanos, long deadAfterNanos, int intervalHintMillis, int heartbeats, String source,
                    InetSocketAddress conflictAddress, boolean flapping) {
        this(slot, id, state, incarnation, sequence, address, meta, lastHeardNanos, lastHeardWallMillis, stateSinceNanos,
                suspectAfterNanos, deadAfterNanos, intervalHintMillis, heartbeats, source, conflictAddress, flapping, null);
    }

    /** Silence so far, measured against {@code nowNanos} (from the same Clock). */
    public long silenceNanos(long nowNanos) {
        return Math.max(0, nowNanos - lastHeardNanos);
    }

    /** 0.0 right after a heartbeat, 1.0 at the dead threshold: the grid's draining fill. */
    public double suspicion(long nowNanos) {
        if (state == NodeState.LEFT || state == NodeState.DEAD) {
            return 1.0;
        }
        return deadAfterNanos <= 0 ? 1.0 : Math.min(1.0, (double) silenceNanos(nowNanos) / deadAfterNanos);
    }

    public boolean inConflict() {
        return conflictAddress != null;
    }

    /**
     * Where the last heartbeat came from (null if never heard directly): a new object each call for an
     * IPv4 address, so for the details panel, exports and text, not for a per-frame loop.
     */
    public InetSocketAddress address() {
        return PackedAddress.unpack(packedAddress, unpackedAddress);
    }

    /** Human form of the address, e.g. "127.0.0.1:40112", or "-" if unknown. */
    public String addressText() {
        String text = PackedAddress.text(packedAddress, unpackedAddress);
        return text == null ? "-" : text;
    }
}
