package dev.pulsegrid.ui;

import dev.pulsegrid.cluster.Clock;
import dev.pulsegrid.cluster.ClusterSnapshot;
import dev.pulsegrid.cluster.MembershipListener;
import dev.pulsegrid.detect.FailureDetector;
import dev.pulsegrid.net.Monitor;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The window's view of a {@link Monitor} that may not be running yet: the monitor binds on a
 * background thread, so until {@link #attach} the window sees an empty cluster, and listeners and
 * settings given early are handed over on attach.
 */
public final class MonitorFeed implements ClusterFeed {
    private final Clock clock;
    private final ClusterSnapshot empty;
    private final List<MembershipListener> early = new CopyOnWriteArrayList<>();
    private volatile FailureDetector pendingDetector;
    private volatile dev.pulsegrid.cluster.DetectorPolicy pendingPolicy;
    private volatile Monitor monitor;
    private final dev.pulsegrid.replay.ArrivalHistory history = new dev.pulsegrid.replay.ArrivalHistory();

    public MonitorFeed(Clock clock, FailureDetector detector) {
        this.clock = clock;
        this.empty = ClusterSnapshot.empty(detector, clock.nanos(), clock.wallMillis());
    }

    /** Connects the running monitor; safe from any thread, once. */
    public synchronized void attach(Monitor m) {
        for (MembershipListener l : early) {
            m.addListener(l);
        }
        early.clear();
        m.setHistoryListener(history::record);
        if (pendingPolicy != null) {
            m.setPolicy(pendingPolicy);
        } else if (pendingDetector != null) {
            m.setDetector(pendingDetector);
        }
        monitor = m;
    }

    public Monitor monitor() {
        return monitor;
    }

    @Override
    public dev.pulsegrid.replay.ArrivalHistory arrivalHistory() {
        return history;
    }

    @Override
    public ClusterSnapshot snapshot() {
        Monitor m = monitor;
        return m == null ? empty : m.snapshot();
    }

    @Override
    public long nowNanos() {
        return clock.nanos();
    }

    @Override
    public synchronized void setDetector(FailureDetector detector) {
        Monitor m = monitor;
        if (m == null) {
            pendingDetector = detector;
            pendingPolicy = pendingPolicy == null ? null : pendingPolicy.withDefault(detector);
        } else {
            m.setDetector(detector);
        }
    }

    @Override
    public synchronized void setPolicy(dev.pulsegrid.cluster.DetectorPolicy policy) {
        Monitor m = monitor;
        if (m == null) {
            pendingPolicy = policy;
        } else {
            m.setPolicy(policy);
        }
    }

    @Override
    public CompletableFuture<int[]> recentIntervals(String nodeId) {
        Monitor m = monitor;
        return m == null ? CompletableFuture.completedFuture(new int[0]) : m.call(mem -> mem.recentIntervals(nodeId));
    }

    @Override
    public synchronized void addListener(MembershipListener listener) {
        Monitor m = monitor;
        if (m == null) {
            early.add(listener);
        } else {
            m.addListener(listener);
        }
    }
}
