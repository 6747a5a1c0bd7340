package dev.pulsegrid.cluster.gossip;

import dev.pulsegrid.detect.Durations;
import java.time.Duration;

/**
 * van Renesse's two times. A member whose counter has not grown for {@code fail} is failed here: it
 * is no longer gossiped as alive and stale gossip cannot revive it. After {@code cleanup} it is
 * forgotten. Cleanup must outlast fail by enough that every peer has failed the member too before
 * anyone forgets it, or a straggler's stale entry would bring it back: the paper uses 2 x fail.
 *
 * @param failNanos    silence of the counter after which the member is failed
 * @param cleanupNanos silence of the counter after which the member is forgotten
 */
public record GossipTimeouts(long failNanos, long cleanupNanos) {

    public GossipTimeouts {
        if (failNanos <= 0) {
            throw new IllegalArgumentException("T_fail must be positive");
        }
        if (cleanupNanos < 2 * failNanos) {
            throw new IllegalArgumentException("T_cleanup (" + Durations.format(Duration.ofNanos(cleanupNanos))
                    + ") must be at least twice T_fail (" + Durations.format(Duration.ofNanos(failNanos))
                    + ") so no peer forgets a member another still gossips");
        }
    }

    public static GossipTimeouts of(Duration fail, Duration cleanup) {
        return new GossipTimeouts(fail.toNanos(), cleanup.toNanos());
    }

    /** T_cleanup = 2 x T_fail, as in the paper. */
    public static GossipTimeouts failAfter(Duration fail) {
        return new GossipTimeouts(fail.toNanos(), 2 * fail.toNanos());
    }
}
