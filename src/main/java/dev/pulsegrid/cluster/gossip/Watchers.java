package dev.pulsegrid.cluster.gossip;

import java.nio.charset.StandardCharsets;
import java.util.Collection;

/**
 * Who watches a member: every member sends its own heartbeat (a digest without rows) every round to
 * its {@link #COUNT} watchers, chosen by rendezvous hashing over the live members it knows, and a
 * watcher that stops hearing that stream convicts the member after {@link #SILENT_ROUNDS} rounds.
 *
 * <p>Why: T_fail has to outlast how stale a relayed counter gets, and with a table larger than one
 * datagram that grows with n / (fanout x rows per datagram), times a tail over n^2 (peer, member)
 * pairs; a peer that hears the member itself every round needs no such margin. Its verdict is then
 * adopted by every peer whose counter is not newer, which is news and spreads in O(log n) rounds.
 * Both sides compute the same choice from their own tables, so nothing new goes on the wire; a
 * watcher convicts only a member whose stream it was receiving, and a member keeps feeding a watcher
 * it replaced for a grace time, so views that disagree for a while cost nothing.
 *
 * <p>The score is 64-bit FNV-1a over the member's id, a zero byte, and the candidate's id (UTF-8),
 * read as unsigned; the highest scores watch. Pure functions, table-tested.
 */
public final class Watchers {
    /** Watchers per member: one may be down or partitioned together with the member. */
    public static final int COUNT = 2;
    /**
     * Rounds without the member's heartbeat, direct or relayed, before a watcher convicts it. With
     * independent loss q, a live member is convicted with probability about q^5 per round per watcher:
     * 1e-10 at 1% loss, 1e-5 at 10%.
     */
    public static final int SILENT_ROUNDS = 5;
    /**
     * Watchers a member's table stopped choosing that it keeps feeding for a T_fail, at most: a burst
     * of joins must not grow the feed with n. So a round sends at most fanout digests and
     * {@code COUNT + MAX_FORMER} bare heartbeats.
     */
    public static final int MAX_FORMER = 4;
    /** Direct heartbeats, each within {@link #SILENT_ROUNDS} of the last, before a watcher calls it a stream. */
    public static final int STREAM_MIN = 3;

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Watchers() {
    }

    /** FNV-1a 64 of utf8(member) 0x00 utf8(candidate). */
    public static long score(String member, String candidate) {
        long h = FNV_OFFSET;
        for (byte b : member.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xFF)) * FNV_PRIME;
        }
        h *= FNV_PRIME; // the separator: h ^ 0 is h
        for (byte b : candidate.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xFF)) * FNV_PRIME;
        }
        return h;
    }

    /**
     * Whether {@code candidate} is among the {@code count} highest scores for {@code member} among
     * {@code others} (the other candidates; neither the member nor the candidate itself need be left out).
     */
    public static boolean ranksAmong(String member, String candidate, Collection<String> others, int count) {
        long mine = score(member, candidate);
        int above = 0;
        for (String o : others) {
            if (!o.equals(member) && !o.equals(candidate) && Long.compareUnsigned(score(member, o), mine) > 0
                    && ++above >= count) {
                return false;
            }
        }
        return true;
    }
}
