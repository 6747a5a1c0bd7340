package dev.pulsegrid.cluster.gossip;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The member's half of {@link Watchers}: to whom this peer sends its heartbeat each round, and
 * whether this peer's own rounds ran on time lately (if not, it judges no stream).
 *
 * <p>A watcher the table no longer chooses (a newcomer outranks it, or it was failed here) keeps
 * getting the heartbeat for one T_fail: it convicts only while its own table says it watches us,
 * and it learns of the change by gossip well within that. A peer whose rounds stalled (a GC pause, a
 * suspended laptop) has not read its socket either; the silence it sees is its own, so it judges
 * streams again only after {@link Watchers#SILENT_ROUNDS} regular rounds (Cassandra's rule).
 * Single writer: the peer's round.
 */
final class WatcherFeed {
    static final int MAX_FORMER = Watchers.MAX_FORMER;

    private final long intervalNanos;
    private List<InetSocketAddress> current = List.of();
    /** Former watcher → when the table stopped choosing it; oldest first. */
    private final Map<InetSocketAddress, Long> former = new LinkedHashMap<>();
    private long lastRoundNanos = Long.MIN_VALUE;
    private long regularSince = Long.MIN_VALUE;

    WatcherFeed(long intervalNanos) {
        this.intervalNanos = intervalNanos;
    }

    /** Called once per round, first: whether this peer may convict a member whose stream stopped. */
    boolean judging(long now) {
        if (lastRoundNanos == Long.MIN_VALUE || now - lastRoundNanos > 2 * intervalNanos) {
            regularSince = now;
        }
        lastRoundNanos = now;
        return now - regularSince >= Watchers.SILENT_ROUNDS * intervalNanos;
    }

    /**
     * Where this round's heartbeat goes: the watchers {@code chosen} now, then those replaced less
     * than {@code graceNanos} ago.
     */
    List<InetSocketAddress> feed(List<InetSocketAddress> chosen, long graceNanos, long now) {
        for (InetSocketAddress w : current) {
            if (!chosen.contains(w)) {
                former.remove(w);
                former.put(w, now);
            }
        }
        for (InetSocketAddress w : chosen) {
            former.remove(w);
        }
        current = List.copyOf(chosen);
        for (Iterator<Map.Entry<InetSocketAddress, Long>> it = former.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<InetSocketAddress, Long> e = it.next();
            if (now - e.getValue() >= graceNanos || former.size() > MAX_FORMER) {
                it.remove();
            }
        }
        List<InetSocketAddress> out = new ArrayList<>(current);
        out.addAll(former.keySet());
        return out;
    }
}
