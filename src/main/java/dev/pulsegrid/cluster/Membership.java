package dev.pulsegrid.cluster;

import dev.pulsegrid.detect.Durations;
import dev.pulsegrid.detect.FailureDetector;
import dev.pulsegrid.detect.SelfPauseGuard;
import dev.pulsegrid.protocol.Heartbeat;
import java.net.InetSocketAddress;
import java.util.Objects;

/**
 * The cluster as this monitor believes it to be: one record per node, a deadline per node, an event
 * for every change. A plain single-writer state machine: every method except {@link #addListener}
 * must be called from the one owner thread (see net.Monitor); readers use published snapshots.
 *
 * <p>Transitions fire from per-node deadlines kept in a heap, so the cost of {@link #advance()} is
 * the number of nodes actually due, not the size of the cluster.
 */
public final class Membership {
    private final Clock clock;
    private final DetectorSettings settings;
    private final NodeTable nodes = new NodeTable();
    private final MembershipListeners listeners;
    private final HeartbeatRate rate;
    private final MembershipLimits limits;
    private final SnapshotDelta delta = new SnapshotDelta();
    private final StateTransitions transitions;
    private final NodeDeadlines deadlines;
    private final HeartbeatIntake intake;
    private long forgotten;
    private long publishedHoldingNanos;

    public Membership(Clock clock, FailureDetector detector) {
        this(clock, detector, MembershipLimits.defaults());
    }

    public Membership(Clock clock, FailureDetector detector, MembershipLimits limits) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = new DetectorSettings(DetectorPolicy.of(Objects.requireNonNull(detector, "detector")));
        this.limits = Objects.requireNonNull(limits, "limits");
        this.rate = new HeartbeatRate(clock.nanos());
        this.listeners = new MembershipListeners(clock);
        this.transitions = new StateTransitions(listeners, delta);
        this.deadlines = new NodeDeadlines(transitions, limits.forgetAfterNanos());
        this.intake = new HeartbeatIntake(clock, limits, nodes, settings, listeners, delta, transitions, deadlines, rate);
    }

    public MembershipLimits limits() {
        return limits;
    }

    /** Messages from new node ids refused because the node cap was reached. */
    public long refusedOverCap() {
        return intake.refusedOverCap();
    }

    /** DEAD or LEFT nodes forgotten after their cleanup time. */
    public long forgotten() {
        return forgotten;
    }

    public void addListener(MembershipListener listener) {
        listeners.add(listener);
    }

    public void removeListener(MembershipListener listener) {
        listeners.remove(listener);
    }

    /** Notes about the monitor itself (settings changes, self-pauses); any thread may add. */
    public void addNoteListener(MonitorNote.Listener listener) {
        listeners.addNote(listener);
    }

    public void removeNoteListener(MonitorNote.Listener listener) {
        listeners.removeNote(listener);
    }

    /**
     * Lets membership notice that its own thread stalled (GC, sleep, debugger) and convict nobody for
     * it. Only for a driver that calls {@link #advance()} at the guard's tick period.
     */
    public void setSelfPauseGuard(SelfPauseGuard guard) {
        deadlines.setPauseGuard(guard);
    }

    /** One listener for every accepted heartbeat (null to remove); set from the membership thread. */
    public void setArrivalListener(ArrivalListener listener) {
        intake.setArrivalListener(listener);
    }

    /** The default detector: the one judging every node no override matches. */
    public FailureDetector detector() {
        return settings.policy().defaultDetector();
    }

    public DetectorPolicy policy() {
        return settings.policy();
    }

    public Clock clock() {
        return clock;
    }

    public int size() {
        return nodes.size();
    }

    /** Messages ignored because they were older than what the node already told us. */
    public long staleDropped() {
        return intake.staleDropped();
    }

    /** Takes one message from a node. {@code from} may be null when the transport has no address. */
    public void onHeartbeat(Heartbeat hb, InetSocketAddress from, String source) {
        intake.take(hb, from, source);
    }

    /** Fires every deadline that is due at the clock's current time. */
    public void advance() {
        long now = clock.nanos();
        long paused = deadlines.pausedBefore(now);
        if (paused > 0) {
            deadlines.rescheduleAll(nodes); // deadlines now count from the resume; push every node's back
            listeners.note(MonitorNote.Kind.SELF_PAUSE, "this monitor was paused for " + Durations.seconds(paused)
                    + "; nobody is convicted for that gap, judgement resumes as fresh heartbeats arrive");
        }
        transitions.tick(now);
        NodeRecord r;
        while ((r = deadlines.nextDue(now, nodes)) != null) {
            deadlines.judge(r, now);
            if (deadlines.dueToForget(r, now)) {
                forget(r, now);
            } else {
                deadlines.schedule(r);
            }
        }
    }

    private void forget(NodeRecord r, long now) {
        transitions.forget(r, now);
        nodes.remove(r);
        delta.markSlot(r.slot);
        forgotten++;
    }

    /**
     * Applies new detector settings to every node at once: thresholds are recomputed and each node's
     * state re-judged against its current silence, so a looser setting can bring SUSPECT nodes back.
     * Replaces the default detector only: per-group overrides stay in force.
     */
    public void setDetector(FailureDetector newDetector) {
        applyPolicy(settings.policy().withDefault(Objects.requireNonNull(newDetector)), "detector: " + newDetector.describe());
    }

    /**
     * Replaces the default detector and every per-group override at once, applied live like
     * {@link #setDetector}: each node's detector is resolved again from its metadata.
     */
    public void setPolicy(DetectorPolicy newPolicy) {
        applyPolicy(Objects.requireNonNull(newPolicy), "detector: " + newPolicy.describe());
    }

    private void applyPolicy(DetectorPolicy newPolicy, String noteText) {
        settings.setPolicy(newPolicy);
        long now = clock.nanos();
        deadlines.clear();
        for (int i = 0; i < nodes.slotCount(); i++) {
            NodeRecord r = nodes.at(i);
            if (r == null) {
                continue;
            }
            settings.resolveDetector(r);
            retune(r, now);
        }
        delta.markSettings();
        listeners.note(MonitorNote.Kind.SETTINGS_CHANGE, noteText);
    }

    /**
     * Judges nodes whose freshness comes second-hand from {@code source} (gossip) by at least
     * {@code deadAfterNanos} (T_fail) to DEAD and half of it to SUSPECT: a relayed counter is
     * naturally as stale as gossip is slow, and a direct-heartbeat timeout would convict members
     * that the mesh knows are alive. 0 removes the floor. Applied live to those nodes.
     */
    public void setSourceFloor(String source, long deadAfterNanos) {
        if (!settings.setSourceFloor(source, deadAfterNanos)) {
            return;
        }
        long now = clock.nanos();
        for (int i = 0; i < nodes.slotCount(); i++) {
            NodeRecord r = nodes.at(i);
            if (r != null && r.source.equals(source)) {
                retune(r, now);
            }
        }
    }

    /** New thresholds for one node under the settings now in force: re-judged and its deadline re-armed. */
    private void retune(NodeRecord r, long now) {
        FailureDetector d = settings.thresholds(r);
        if (r.state == NodeState.ALIVE || r.state == NodeState.SUSPECT || r.state == NodeState.DEAD) {
            deadlines.rejudgeAfterRetune(r, d, now);
        }
        deadlines.rearm(r);
        delta.markSlot(r.slot);
    }

    /** Whether anything changed since the last {@link #publish()}. */
    public boolean hasChanges() {
        return delta.hasChanges() || holdingNanos(clock.nanos()) != publishedHoldingNanos;
    }

    /** Whether a node changed state since the last {@link #publish()}: worth a snapshot right away. */
    public boolean hasTransitionsUnpublished() {
        return delta.hasTransitionsUnpublished();
    }

    private long holdingNanos(long now) {
        return deadlines.holdingNanos(now, intake.longestDeadAfterNanos());
    }

    /**
     * Builds an immutable snapshot: the previous one's views with the changed slots replaced.
     * Cost is O(slots) for the array copy plus O(changed) for new views.
     */
    public ClusterSnapshot publish() {
        long now = clock.nanos();
        int[] changed = delta.publish(nodes);
        long holding = holdingNanos(now);
        publishedHoldingNanos = holding;
        return new ClusterSnapshot(delta.nextVersion(), now, clock.wallMillis(), delta.views(), nodes.size(), transitions.counts(),
                rate.perSecond(now), settings.policy().defaultDetector(), changed, holding, intake.refusedOverCap());
    }

    /**
     * A verdict reached elsewhere and adopted here (gossip: a peer declared the node DEAD and we know
     * nothing newer of it). A later heartbeat brings it back as usual; LEFT and DEAD nodes stay as they are.
     */
    public void declareDead(String id, String reason) {
        NodeRecord r = nodes.get(id);
        if (r == null || r.state == NodeState.DEAD || r.state == NodeState.LEFT) {
            return;
        }
        transitions.move(r, NodeState.DEAD, reason, clock.nanos());
        deadlines.schedule(r);
    }

    /** The current view of one node, or null: for tests and the details panel's one-off lookups. */
    public NodeView view(String id) {
        NodeRecord r = nodes.get(id);
        return r == null ? null : r.view();
    }

    /** Copies a node's recent inter-arrival intervals (ms, oldest first), or an empty array. */
    public int[] recentIntervals(String id) {
        NodeRecord r = nodes.get(id);
        return r == null ? new int[0] : r.window.toArray();
    }

}
