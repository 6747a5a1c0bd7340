package dev.pulsegrid.cluster;

import dev.pulsegrid.detect.Durations;
import dev.pulsegrid.detect.FailureDetector;
import dev.pulsegrid.detect.SelfPauseGuard;

/**
 * When each node is next judged, and the judging: per-node deadlines kept in a heap, so a tick costs
 * the number of nodes actually due, not the size of the cluster. Silence is measured through the
 * optional {@link SelfPauseGuard}, so a stall of the monitor itself convicts nobody. Owned by
 * Membership, on its thread.
 */
final class NodeDeadlines {
    private final DeadlineHeap heap = new DeadlineHeap();
    private final StateTransitions transitions;
    private final long forgetAfterNanos;
    private SelfPauseGuard pauseGuard;

    NodeDeadlines(StateTransitions transitions, long forgetAfterNanos) {
        this.transitions = transitions;
        this.forgetAfterNanos = forgetAfterNanos;
    }

    void setPauseGuard(SelfPauseGuard guard) {
        this.pauseGuard = guard;
    }

    /** How long the monitor was paused before this tick (0 for none, or without a guard). */
    long pausedBefore(long now) {
        return pauseGuard == null ? 0 : pauseGuard.onTick(now);
    }

    /** The pause judgement is being held for, while no node could have been judged fairly since; else 0. */
    long holdingNanos(long now, long longestDeadAfterNanos) {
        return pauseGuard != null && pauseGuard.holding(now, longestDeadAfterNanos) ? pauseGuard.lastPauseNanos() : 0;
    }

    /** The next node whose deadline is due at {@code now}, taken off the schedule; null when none is. */
    NodeRecord nextDue(long now, NodeTable nodes) {
        while (heap.peekDeadline() <= now) {
            long deadline = heap.peekDeadline();
            NodeRecord r = nodes.at(heap.peekSlot());
            heap.pop();
            if (r == null || r.scheduledDeadline != deadline) {
                continue; // stale entry: the node was rescheduled since
            }
            r.scheduledDeadline = Long.MAX_VALUE;
            return r;
        }
        return null;
    }

    boolean dueToForget(NodeRecord r, long now) {
        return now >= r.forgetAt(forgetAfterNanos);
    }

    private long silentSince(NodeRecord r) {
        return pauseGuard == null ? r.lastHeardNanos : pauseGuard.silentSince(r.lastHeardNanos);
    }

    /** Moves a node along ALIVE -> SUSPECT -> DEAD as far as its silence warrants. */
    void judge(NodeRecord r, long now) {
        long silence = now - silentSince(r);
        if (r.state == NodeState.ALIVE && silence >= r.suspectAfterNanos) {
            transitions.move(r, NodeState.SUSPECT, "no heartbeat for " + Durations.seconds(silence)
                    + " (suspect after " + Durations.seconds(r.suspectAfterNanos) + ")", now);
        }
        if (r.state == NodeState.SUSPECT && silence >= r.deadAfterNanos) {
            transitions.move(r, NodeState.DEAD, "no heartbeat for " + Durations.seconds(silence)
                    + " (dead after " + Durations.seconds(r.deadAfterNanos) + ")", now);
        }
    }

    /** Puts a node where its new thresholds (from {@code d}) say it belongs, in either direction. */
    void rejudgeAfterRetune(NodeRecord r, FailureDetector d, long now) {
        long silence = now - silentSince(r);
        NodeState should = silence >= r.deadAfterNanos ? NodeState.DEAD
                : silence >= r.suspectAfterNanos ? NodeState.SUSPECT : NodeState.ALIVE;
        if (should != r.state) {
            transitions.move(r, should, "thresholds changed (" + d.describe() + "), silent "
                    + Durations.seconds(silence), now);
        }
    }

    void schedule(NodeRecord r) {
        long next = Math.min(r.nextThreshold(silentSince(r)), r.forgetAt(forgetAfterNanos));
        if (next < r.scheduledDeadline) {
            r.scheduledDeadline = next;
            if (next != Long.MAX_VALUE) {
                heap.push(next, r.slot);
            }
        } else if (next == Long.MAX_VALUE) {
            r.scheduledDeadline = Long.MAX_VALUE;
        }
        // A later threshold keeps the earlier heap entry: it pops, finds nothing due, reschedules.
    }

    /** Schedules {@code r} afresh, even later than its current deadline (after its thresholds changed). */
    void rearm(NodeRecord r) {
        r.scheduledDeadline = Long.MAX_VALUE;
        schedule(r);
    }

    /** Drops every deadline; each node must be {@link #rearm rearmed} before it is judged again. */
    void clear() {
        heap.clear();
    }

    void rescheduleAll(NodeTable nodes) {
        heap.clear();
        for (int i = 0; i < nodes.slotCount(); i++) {
            NodeRecord r = nodes.at(i);
            if (r != null) {
                rearm(r);
            }
        }
    }
}
