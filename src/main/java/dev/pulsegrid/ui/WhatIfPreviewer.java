package dev.pulsegrid.ui;

import dev.pulsegrid.cluster.ClusterSnapshot;
import dev.pulsegrid.cluster.NodeState;
import dev.pulsegrid.cluster.NodeView;
import dev.pulsegrid.detect.FailureDetector;
import dev.pulsegrid.replay.ArrivalHistory;
import dev.pulsegrid.replay.Trace;
import dev.pulsegrid.replay.Verdict;
import dev.pulsegrid.replay.WhatIf;
import java.util.Arrays;

/**
 * The tuning panel's what-if: the retained arrival history of the nodes in a snapshot, replayed
 * through a candidate detector. Runs on the preview thread, never on the FX thread.
 *
 * <p>A drag asks many times a second; the history copy (millions of arrivals at 10,000 nodes) is
 * reused while it is under a second old, so each request costs one replay. Nodes that LEFT are
 * left out (nothing to detect), and so are nodes under a per-group override (the panel tunes the
 * default, which does not judge them); a node DEAD now has, by definition, not been heard since: its
 * silence is a failure the candidate must detect, timed from its last heartbeat.
 */
public final class WhatIfPreviewer {
    /** How long a copy of the history serves further requests. */
    static final long REUSE_MS = 1_000;

    private final ArrivalHistory history;
    private final int slices;
    private Cached cached;

    private record Cached(long atWallMillis, Trace trace, Verdict[] live) {
    }

    public WhatIfPreviewer(ArrivalHistory history) {
        this(history, Runtime.getRuntime().availableProcessors());
    }

    public WhatIfPreviewer(ArrivalHistory history, int slices) {
        this.history = history;
        this.slices = Math.max(1, slices);
    }

    public ArrivalHistory history() {
        return history;
    }

    /**
     * What {@code candidate} would have done over the history of {@code s}'s nodes up to {@code nowWallMillis}
     * (a snapshot is published on change, so it may be older than now); one thread at a time.
     */
    public synchronized WhatIf.Preview preview(ClusterSnapshot s, long nowWallMillis, FailureDetector candidate) {
        Cached c = cached;
        long now = nowWallMillis;
        if (c == null || now - c.atWallMillis() >= REUSE_MS || now < c.atWallMillis()) {
            c = copy(s, now);
            cached = c;
        }
        return WhatIf.run(c.trace(), c.live(), candidate, slices);
    }

    /** Forgets the cached copy (the next preview copies the history afresh). */
    public synchronized void refresh() {
        cached = null;
    }

    private Cached copy(ClusterSnapshot s, long now) {
        NodeView[] nodes = s.nodes();
        String[] ids = new String[nodes.length];
        int[] slots = new int[nodes.length];
        Verdict[] live = new Verdict[nodes.length];
        boolean[] deadNow = new boolean[nodes.length];
        int n = 0;
        for (NodeView v : nodes) {
            if (v == null || v.state() == NodeState.LEFT || v.detectorOverride() != null) {
                continue; // a per-group override judges this node, not the default being tuned
            }
            ids[n] = v.id();
            slots[n] = v.slot();
            live[n] = verdict(v.state());
            deadNow[n] = v.state() == NodeState.DEAD;
            n++;
        }
        Trace t = history.trace(Arrays.copyOf(slots, n), Arrays.copyOf(ids, n), Arrays.copyOf(deadNow, n), now);
        history.prune(now);
        return new Cached(now, t, Arrays.copyOf(live, n));
    }

    static Verdict verdict(NodeState s) {
        return switch (s) {
            case ALIVE -> Verdict.ALIVE;
            case SUSPECT -> Verdict.SUSPECT;
            case DEAD -> Verdict.DEAD;
            case LEFT -> null;
        };
    }
}
