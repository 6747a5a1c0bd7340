package dev.pulsegrid.ui;

import dev.pulsegrid.cluster.ClusterSnapshot;
import dev.pulsegrid.cluster.MembershipListener;
import dev.pulsegrid.detect.FailureDetector;
import java.util.concurrent.CompletableFuture;

/**
 * What the window needs from the monitoring core, and nothing more: the newest snapshot (read once
 * per pulse), the membership clock, and two requests that run on the membership thread. The app
 * backs it with {@code net.Monitor}; tests back it with a {@code Membership} and a {@code ManualClock}.
 */
public interface ClusterFeed {

    /** The newest published snapshot; cheap (a volatile read), callable from the FX thread. */
    ClusterSnapshot snapshot();

    /** Now on the membership clock, to age heartbeats against {@code NodeView.lastHeardNanos}. */
    long nowNanos();

    /** Applies detector settings live, without blocking the caller. */
    void setDetector(FailureDetector detector);

    /**
     * Applies a default detector and per-group overrides live, without blocking the caller. A feed
     * that only knows {@link #setDetector} (a test fake) takes a policy without overrides and
     * refuses one with them rather than dropping them unseen.
     */
    default void setPolicy(dev.pulsegrid.cluster.DetectorPolicy policy) {
        if (!policy.overrides().isEmpty()) {
            throw new UnsupportedOperationException("this feed cannot judge groups by their own detectors");
        }
        setDetector(policy.defaultDetector());
    }

    /** A node's recent inter-arrival intervals in ms, oldest first (empty if unknown), completed off the FX thread. */
    CompletableFuture<int[]> recentIntervals(String nodeId);

    /** Registers for membership events; they arrive on the membership thread and must not block. */
    void addListener(MembershipListener listener);

    /** The retained heartbeat arrivals the tuning panel's what-if replays; null when this feed keeps none. */
    default dev.pulsegrid.replay.ArrivalHistory arrivalHistory() {
        return null;
    }
}
