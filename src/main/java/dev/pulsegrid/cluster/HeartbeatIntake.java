package dev.pulsegrid.cluster;

import dev.pulsegrid.detect.ArrivalWindow;
import dev.pulsegrid.detect.Durations;
import dev.pulsegrid.protocol.Heartbeat;
import java.net.InetSocketAddress;

/**
 * Takes heartbeats into Membership, on its thread: drops stale ones, learns new nodes (up to the
 * cap), records arrivals, restarts and metadata, and brings silent nodes back. This is the per-message
 * hot path, so it calls its collaborators directly (final classes, no listeners or lambdas per message).
 */
final class HeartbeatIntake {
    private final Clock clock;
    private final MembershipLimits limits;
    private final NodeTable nodes;
    private final DetectorSettings settings;
    private final MembershipListeners listeners;
    private final SnapshotDelta delta;
    private final StateTransitions transitions;
    private final NodeDeadlines deadlines;
    private final HeartbeatRate rate;
    private final AddressTracker addresses;
    private final MetaInterner metaPool = new MetaInterner();
    private ArrivalListener arrivals;
    private long staleDropped;
    private long refusedOverCap;
    private long longestDeadAfterNanos;

    HeartbeatIntake(Clock clock, MembershipLimits limits, NodeTable nodes, DetectorSettings settings,
                    MembershipListeners listeners, SnapshotDelta delta, StateTransitions transitions,
                    NodeDeadlines deadlines, HeartbeatRate rate) {
        this.clock = clock;
        this.limits = limits;
        this.nodes = nodes;
        this.settings = settings;
        this.listeners = listeners;
        this.delta = delta;
        this.transitions = transitions;
        this.deadlines = deadlines;
        this.rate = rate;
        this.addresses = new AddressTracker(listeners, delta);
    }

    void setArrivalListener(ArrivalListener listener) {
        this.arrivals = listener;
    }

    long staleDropped() {
        return staleDropped;
    }

    long refusedOverCap() {
        return refusedOverCap;
    }

    /** The longest dead-after any node was given: how long a self-pause holds judgement back. */
    long longestDeadAfterNanos() {
        return longestDeadAfterNanos;
    }

    void take(Heartbeat hb, InetSocketAddress from, String source) {
        long now = clock.nanos();
        NodeRecord r = nodes.get(hb.nodeId());
        long packed = PackedAddress.pack(from); // once per heartbeat; the record keeps the long, not Netty's object
        if (r == null) {
            firstContact(hb, from, packed, source, now);
            return;
        }
        addresses.heard(r, from, packed, now);
        if (hb.incarnation() < r.incarnation) {
            staleDropped++;
            return;
        }
        boolean restarted = hb.incarnation() > r.incarnation;
        if (!restarted && hb.sequence() != 0 && hb.sequence() <= r.sequence) {
            staleDropped++;
            return;
        }
        rate.count(now);
        if (restarted) {
            listeners.emit(MembershipEvent.Kind.RESTART, r, r.state, r.state,
                    "restart (incarnation " + r.incarnation + " -> " + hb.incarnation() + ")", now);
            r.window.clear();
        } else if (r.state != NodeState.LEFT && r.state != NodeState.DEAD) {
            r.window.add((now - r.lastHeardNanos) / 1_000_000L);
        }
        if (!hb.meta().isEmpty() && !hb.meta().equals(r.meta)) {
            boolean hadMeta = !r.meta.isEmpty();
            r.meta = metaPool.intern(hb.meta());
            settings.resolveDetector(r);
            if (hadMeta) {
                listeners.emit(MembershipEvent.Kind.META_CHANGE, r, r.state, r.state, "metadata changed", now);
            }
        }
        long silence = now - r.lastHeardNanos;
        absorb(r, hb, source, now);
        if (hb.isLeave()) {
            if (r.state != NodeState.LEFT) {
                transitions.move(r, NodeState.LEFT, "goodbye (graceful leave)", now);
            }
        } else if (r.state != NodeState.ALIVE) {
            String why = switch (r.state) {
                case LEFT -> "heartbeat after leave";
                default -> restarted ? "heartbeat from new incarnation" : "heartbeat resumed after " + Durations.seconds(silence);
            };
            transitions.move(r, NodeState.ALIVE, why, now);
        }
        deadlines.schedule(r);
        delta.markSlot(r.slot);
    }

    private void firstContact(Heartbeat hb, InetSocketAddress from, long packed, String source, long now) {
        if (nodes.size() >= limits.maxNodes()) {
            refusedOverCap++;
            return;
        }
        int slot = nodes.claimSlot();
        delta.growTo(nodes.capacity());
        DetectorOverride override = settings.match(hb.meta());
        NodeRecord r = new NodeRecord(slot, hb.nodeId(), new ArrivalWindow(settings.detectorFor(override).windowSize()));
        r.override = override;
        nodes.add(r);
        r.setAddress(packed, from);
        r.meta = metaPool.intern(hb.meta());
        r.state = null;
        rate.count(now);
        absorb(r, hb, source, now);
        transitions.move(r, hb.isLeave() ? NodeState.LEFT : NodeState.ALIVE,
                hb.isLeave() ? "goodbye (first message was a leave)" : "first heartbeat", now);
        deadlines.schedule(r);
        delta.markSlot(r.slot);
    }

    private void absorb(NodeRecord r, Heartbeat hb, String source, long now) {
        long wall = clock.wallMillis(); // one clock read per heartbeat serves both
        if (arrivals != null && !hb.isLeave()) {
            arrivals.onArrival(r.slot, r.id, wall);
        }
        r.incarnation = hb.incarnation();
        r.sequence = hb.sequence();
        r.lastHeardNanos = now;
        r.lastHeardWallMillis = wall;
        r.intervalHintMillis = hb.intervalHintMillis() > 0 ? hb.intervalHintMillis() : r.intervalHintMillis;
        r.countHeartbeat();
        r.source = source == null ? "native" : source;
        settings.thresholds(r);
        longestDeadAfterNanos = Math.max(longestDeadAfterNanos, r.deadAfterNanos);
    }
}
