package dev.pulsegrid.cluster.gossip;

import dev.pulsegrid.protocol.GossipCodec;
import dev.pulsegrid.protocol.GossipEntry;
import dev.pulsegrid.protocol.GossipStatus;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * The van Renesse heartbeat-counter table of one peer: merge by maximum (incarnation first, then
 * counter), fail after T_fail without growth, forget after T_cleanup, and choose what fits in one
 * datagram. Pure single-writer logic: time is passed in, nothing here blocks or touches a socket.
 *
 * <p>The peer's own row is not kept here; its heartbeat is the datagram's header.
 */
public final class GossipTable {
    /** What a merge did, so the caller knows whether membership should hear of it. */
    public enum Outcome {
        /** First news of this member. */
        NEW,
        /** The counter (or incarnation) grew: the member is alive as of now. */
        FRESHER,
        /** The member said goodbye (directly or relayed). */
        LEFT,
        /**
         * A peer declared the member DEAD and knows nothing newer of it than we do: adopted, so a crash
         * is everyone's verdict as soon as the news spreads, not T_fail after each peer's last relay.
         */
        DEAD,
        /** Nothing newer than what we have: stale or duplicate gossip, never a resurrection. */
        STALE,
        /** Not taken: about ourselves, or an obituary of a member we do not know. */
        IGNORED
    }

    private final String selfId;
    private GossipTimeouts timeouts;
    private final int fanout;
    private final Random random;
    private final long intervalNanos;
    private final Map<String, GossipRecord> rows = new HashMap<>();
    private final MergeRules rules;

    /** A table for 1 s rounds. */
    public GossipTable(String selfId, GossipTimeouts timeouts, int fanout, Random random) {
        this(selfId, timeouts, fanout, random, 1_000_000_000L);
    }

    /** @param intervalNanos the gossip round, which {@link Watchers#SILENT_ROUNDS} counts in */
    public GossipTable(String selfId, GossipTimeouts timeouts, int fanout, Random random, long intervalNanos) {
        this.selfId = Objects.requireNonNull(selfId);
        this.timeouts = Objects.requireNonNull(timeouts);
        this.fanout = fanout;
        this.random = Objects.requireNonNull(random);
        if (intervalNanos <= 0) {
            throw new IllegalArgumentException("interval must be positive");
        }
        this.intervalNanos = intervalNanos;
        this.rules = new MergeRules(selfId, fanout, rows);
    }

    /** A member's own heartbeat, heard from its address. */
    public Outcome mergeDirect(String id, long incarnation, long counter, boolean leave, InetSocketAddress from, long now) {
        Outcome o = rules.merge(id, incarnation, counter, leave ? GossipStatus.LEFT : GossipStatus.ALIVE, from, null, now);
        GossipRecord r = rows.get(id);
        if (o != Outcome.IGNORED && r != null) {
            WatchedStreams.heard(r, intervalNanos, now);
        }
        return o;
    }

    /**
     * A member's own heartbeat with the interval it says it gossips at (its header's hint, 0 if none),
     * heard from its address: a watcher counts that member's silent rounds in the longer of the two.
     */
    public Outcome mergeDirect(String id, long incarnation, long counter, boolean leave, InetSocketAddress from,
                               Map<String, String> meta, long intervalHintNanos, long now) {
        Outcome o = mergeDirect(id, incarnation, counter, leave, from, meta, now);
        GossipRecord r = rows.get(id);
        if (r != null) {
            r.intervalNanos = Math.max(0, intervalHintNanos); // the run just counted used the hint heard before
        }
        return o;
    }

    /** A member's own heartbeat with its metadata (the datagram header's), heard from its address. */
    public Outcome mergeDirect(String id, long incarnation, long counter, boolean leave, InetSocketAddress from,
                               Map<String, String> meta, long now) {
        Outcome o = mergeDirect(id, incarnation, counter, leave, from, now);
        rules.learnMeta(o, id, incarnation, meta);
        return o;
    }

    /** One row of a digest that peer {@code via} sent. */
    public Outcome mergeEntry(GossipEntry e, String via, long now) {
        Outcome o = rules.merge(e.nodeId(), e.incarnation(), e.counter(), e.status(), e.address(), Objects.requireNonNull(via), now);
        rules.learnMeta(o, e.nodeId(), e.incarnation(), e.meta());
        return o;
    }

    /** A member's labels as known here (empty when none were heard). */
    public Map<String, String> meta(String id) {
        GossipRecord r = rows.get(id);
        return r == null ? Map.of() : r.meta;
    }

    /**
     * Membership's verdict on a member. DEAD is pushed as news so that a member wrongly declared dead
     * hears it and refutes; SUSPECT is only reported when the row goes out anyway, because suspicion
     * comes and goes with every slow relay and pushing it would crowd out the counters that cure it.
     */
    public void setVerdict(String id, GossipStatus verdict) {
        GossipRecord r = rows.get(id);
        if (r == null || r.verdict == verdict) {
            return;
        }
        r.verdict = verdict;
        if (verdict == GossipStatus.DEAD) {
            r.retransmits = RetransmitLimit.rounds(rows.size() + 1, fanout);
        }
    }

    /** New T_fail / T_cleanup, applied from the next {@link #expire} on (the operator's live tuning). */
    public void setTimeouts(GossipTimeouts t) {
        this.timeouts = Objects.requireNonNull(t);
    }

    public GossipTimeouts timeouts() {
        return timeouts;
    }

    /** {@link #expire(long, java.util.function.Consumer)} without telling anyone who failed. */
    public List<String> expire(long now) {
        return expire(now, id -> { });
    }

    /**
     * Fails members silent for T_fail and forgets those silent for T_cleanup.
     *
     * @param failed told the id of each member this call failed
     * @return the ids forgotten by this call
     */
    public List<String> expire(long now, java.util.function.Consumer<String> failed) {
        List<String> forgotten = new ArrayList<>(0);
        for (Iterator<GossipRecord> it = rows.values().iterator(); it.hasNext(); ) {
            GossipRecord r = it.next();
            long silence = now - r.lastIncreasedNanos;
            if (silence >= timeouts.cleanupNanos()) {
                it.remove();
                forgotten.add(r.id);
            } else if (r.live() && silence >= timeouts.failNanos()) {
                r.failed = true;
                r.retransmits = RetransmitLimit.rounds(rows.size() + 1, fanout);
                failed.accept(r.id);
            }
        }
        return forgotten;
    }

    /**
     * The watchers' half of {@link Watchers}: fails each live member whose stream of direct datagrams
     * to us stopped {@link Watchers#SILENT_ROUNDS} rounds ago (its interval or ours, the longer), whose
     * counter has not grown since either (no relay has anything newer), and whom we watch by our own
     * table.
     *
     * @param failed told the id of each member this call failed
     */
    public void convictSilentStreams(long now, java.util.function.Consumer<String> failed) {
        for (GossipRecord r : WatchedStreams.silent(rows.values(), selfId, intervalNanos, now)) {
            r.failed = true;
            r.retransmits = RetransmitLimit.rounds(rows.size() + 1, fanout);
            failed.accept(r.id);
        }
    }

    /** The live members that watch us: the {@link Watchers#COUNT} highest scores with an address known. */
    public List<InetSocketAddress> watchers() {
        return WatchedStreams.watchersOf(rows.values());
    }

    /** {@link #select(int, int)} for one target. */
    public List<GossipEntry> select(int budgetBytes) {
        return select(budgetBytes, 1).get(0);
    }

    /**
     * Picks the rows for one round's {@code targets} digests, each within {@code budgetBytes}. News
     * (new members, new incarnations, DEAD, LEFT, for a few rounds each) goes into every digest, so it
     * reaches {@code targets} peers per hop. The rest (rows whose counter grew since we last sent
     * them, the most grown first: roughly least recently sent) is dealt out across the digests, so a
     * round refreshes {@code targets} times as many rows as one shared digest would: with a table
     * larger than one datagram, that is what keeps every row fresh at every peer within T_fail.
     * Ties are broken at random so peers differ. The chosen rows are marked as sent.
     */
    public List<List<GossipEntry>> select(int budgetBytes, int targets) {
        return DigestSelection.select(rows.values(), random, budgetBytes, targets);
    }

    /** Addresses of members worth gossiping to: not failed, not left, address known. */
    public List<InetSocketAddress> liveAddresses() {
        List<InetSocketAddress> out = new ArrayList<>(rows.size());
        for (GossipRecord r : rows.values()) {
            if (r.live() && r.address != null) {
                out.add(r.address);
            }
        }
        return out;
    }

    public int size() {
        return rows.size();
    }

    /** Mean digest bytes of a row (without metadata), or {@code whenEmpty} for an empty table. */
    public int meanRowBytes(int whenEmpty) {
        if (rows.isEmpty()) {
            return whenEmpty;
        }
        long sum = 0;
        for (GossipRecord r : rows.values()) {
            sum += GossipCodec.entrySize(new GossipEntry(r.id, r.incarnation, r.counter, r.status(), r.address));
        }
        return (int) ((sum + rows.size() - 1) / rows.size());
    }

    /** Whether the member is known and neither failed (T_fail, an adopted DEAD) nor gone. */
    public boolean live(String id) {
        GossipRecord r = rows.get(id);
        return r != null && r.live();
    }

    public boolean contains(String id) {
        return rows.containsKey(id);
    }

    /** A copy of one row, or null. */
    public GossipMemberView view(String id) {
        GossipRecord r = rows.get(id);
        return r == null ? null : viewOf(r);
    }

    /** Copies of every row, in no particular order. */
    public List<GossipMemberView> views() {
        List<GossipMemberView> out = new ArrayList<>(rows.size());
        for (GossipRecord r : rows.values()) {
            out.add(viewOf(r));
        }
        return out;
    }

    private static GossipMemberView viewOf(GossipRecord r) {
        return new GossipMemberView(r.id, r.incarnation, r.counter, r.status(), r.address, r.heardVia, r.lastIncreasedNanos);
    }
}
