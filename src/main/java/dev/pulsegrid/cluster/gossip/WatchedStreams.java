package dev.pulsegrid.cluster.gossip;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * {@link Watchers} over a table's rows: the direct stream each member keeps up to us, which of those
 * went silent where we are a watcher, and who watches us. Package-private helpers of
 * {@link GossipTable}, on its owner thread.
 */
final class WatchedStreams {
    private WatchedStreams() {
    }

    /** Silence that convicts a watched member: {@link Watchers#SILENT_ROUNDS} of its rounds or ours, the longer. */
    static long silence(GossipRecord r, long ownIntervalNanos) {
        return Watchers.SILENT_ROUNDS * Math.max(ownIntervalNanos, r.intervalNanos);
    }

    /** The member's own datagram arrived now: extends its stream, or starts one after a silence. */
    static void heard(GossipRecord r, long ownIntervalNanos, long now) {
        boolean inRun = now - r.lastDirectNanos <= silence(r, ownIntervalNanos);
        r.directRun = inRun ? r.directRun + 1 : 1;
        r.lastDirectNanos = now;
    }

    /**
     * Live members whose stream to us stopped a silence ago, whose counter has not grown since (no
     * relay has anything newer) and whom {@code selfId} watches by these rows. Their streams end here;
     * so do those of silent members that others watch (the stream was chance, or has moved on).
     */
    static List<GossipRecord> silent(Collection<GossipRecord> rows, String selfId, long ownIntervalNanos, long now) {
        List<GossipRecord> out = new ArrayList<>(0);
        List<String> live = null;
        for (GossipRecord r : rows) {
            long silence = silence(r, ownIntervalNanos);
            if (r.live() && r.directRun >= Watchers.STREAM_MIN && now - r.lastDirectNanos >= silence
                    && now - r.lastIncreasedNanos >= silence) {
                live = live == null ? liveIds(rows) : live;
                if (Watchers.ranksAmong(r.id, selfId, live, Watchers.COUNT)) {
                    out.add(r);
                }
                r.directRun = 0;
            }
        }
        return out;
    }

    private static List<String> liveIds(Collection<GossipRecord> rows) {
        List<String> out = new ArrayList<>(rows.size());
        for (GossipRecord r : rows) {
            if (r.live() && r.address != null) {
                out.add(r.id);
            }
        }
        return out;
    }

    /** Addresses of the {@link Watchers#COUNT} live rows with the highest {@link GossipRecord#watchScore}. */
    static List<InetSocketAddress> watchersOf(Collection<GossipRecord> rows) {
        GossipRecord[] top = new GossipRecord[Watchers.COUNT];
        for (GossipRecord r : rows) {
            if (!r.live() || r.address == null) {
                continue;
            }
            GossipRecord x = r;
            for (int i = 0; i < top.length && x != null; i++) {
                if (top[i] == null || Long.compareUnsigned(x.watchScore, top[i].watchScore) > 0) {
                    GossipRecord t = top[i];
                    top[i] = x;
                    x = t;
                }
            }
        }
        List<InetSocketAddress> out = new ArrayList<>(top.length);
        for (GossipRecord r : top) {
            if (r != null) {
                out.add(r.address);
            }
        }
        return out;
    }
}
