package dev.pulsegrid.ui;

import dev.pulsegrid.cluster.ClusterSnapshot;
import dev.pulsegrid.cluster.ManualClock;
import dev.pulsegrid.cluster.Membership;
import dev.pulsegrid.cluster.MembershipListener;
import dev.pulsegrid.detect.FailureDetector;
import dev.pulsegrid.protocol.Heartbeat;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A real {@link Membership} in virtual time, driven from the FX thread: the test is its single
 * writer, so no monitor thread and no sleeping for timeouts. Each read advances deadlines and
 * publishes, as the monitor's loop would.
 */
final class MembershipFeed implements ClusterFeed {
    final ManualClock clock = new ManualClock();
    final Membership membership;
    private ClusterSnapshot latest;
    final dev.pulsegrid.replay.ArrivalHistory history = new dev.pulsegrid.replay.ArrivalHistory();

    MembershipFeed(FailureDetector detector) {
        membership = new Membership(clock, detector);
        latest = membership.publish();
        membership.setArrivalListener(history::record);
    }

    @Override
    public dev.pulsegrid.replay.ArrivalHistory arrivalHistory() {
        return history;
    }

    void heartbeat(String id, Map<String, String> meta) {
        membership.onHeartbeat(new Heartbeat(dev.pulsegrid.protocol.MessageType.HEARTBEAT, id, 1, 0, 0, 1000, meta),
                new InetSocketAddress("127.0.0.1", 40000 + Math.abs(id.hashCode() % 20000)), "native");
    }

    void leave(String id) {
        membership.onHeartbeat(new Heartbeat(dev.pulsegrid.protocol.MessageType.LEAVE, id, 1, 0, 0, 1000, Map.of()),
                new InetSocketAddress("127.0.0.1", 40000), "native");
    }

    @Override
    public ClusterSnapshot snapshot() {
        membership.advance();
        if (membership.hasChanges()) {
            latest = membership.publish();
        }
        return latest;
    }

    @Override
    public long nowNanos() {
        return clock.nanos();
    }

    @Override
    public void setDetector(FailureDetector detector) {
        membership.setDetector(detector);
    }

    @Override
    public void setPolicy(dev.pulsegrid.cluster.DetectorPolicy policy) {
        membership.setPolicy(policy);
    }

    @Override
    public CompletableFuture<int[]> recentIntervals(String nodeId) {
        return CompletableFuture.completedFuture(membership.recentIntervals(nodeId));
    }

    @Override
    public void addListener(MembershipListener listener) {
        membership.addListener(listener);
    }
}
