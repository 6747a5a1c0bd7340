package dev.pulsegrid.cluster.gossip;

import dev.pulsegrid.cluster.Membership;
import dev.pulsegrid.cluster.MembershipEvent;
import dev.pulsegrid.cluster.MembershipListener;
import dev.pulsegrid.cluster.NodeState;
import dev.pulsegrid.protocol.BinaryHeartbeatEncoder;
import dev.pulsegrid.protocol.GossipCodec;
import dev.pulsegrid.protocol.GossipDigest;
import dev.pulsegrid.protocol.GossipEntry;
import dev.pulsegrid.protocol.GossipStatus;
import dev.pulsegrid.protocol.Heartbeat;
import dev.pulsegrid.protocol.MessageType;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

/**
 * One gossip peer's logic, without sockets: its own counter and incarnation, its table, and the
 * feed into {@link Membership}, which alone decides states. Every counter increase, heard from the
 * member itself or relayed, becomes {@code membership.onHeartbeat(...)} with source "native" or
 * "gossip", so SUSPECT and DEAD follow the freshness of the counter. Must be driven from the
 * membership's owner thread; the network peer and the simulator both do.
 */
public final class GossipNode {
    public static final String SOURCE_DIRECT = "native";
    public static final String SOURCE_GOSSIP = "gossip";
    public static final String SOURCE_SELF = "self";

    private final Membership membership;
    private final GossipParams params;
    private final GossipTable table;
    private final Random random;
    private final List<InetSocketAddress> seeds;
    private final MembershipListener verdicts = this::onMembershipEvent;
    private long incarnation;
    private long counter;
    private long refutations;
    private long lastRefutedNanos = Long.MIN_VALUE / 2;
    /** Derives T_fail from the table's size each round; null while an explicit T_fail is in force. */
    private AutoFail auto;
    private java.util.function.Consumer<GossipTimeouts> timeoutsChanged = t -> { };
    private final WatcherFeed watchers;

    public GossipNode(Membership membership, GossipParams params, List<InetSocketAddress> seeds, Random random) {
        this.membership = Objects.requireNonNull(membership);
        this.params = Objects.requireNonNull(params);
        this.random = Objects.requireNonNull(random);
        this.seeds = List.copyOf(seeds);
        this.table = new GossipTable(params.nodeId(), params.timeouts(), params.fanout(), random,
                params.intervalMillis() * 1_000_000L);
        this.incarnation = params.incarnation();
        BinaryHeartbeatEncoder.encode(heartbeat(MessageType.HEARTBEAT)); // a bad id or meta fails here, at startup
        this.watchers = new WatcherFeed(params.intervalMillis() * 1_000_000L);
        membership.addListener(verdicts);
        membership.setSourceFloor(SOURCE_GOSSIP, table.timeouts().failNanos());
    }

    /** A digest and where it goes. */
    public record Outgoing(InetSocketAddress target, GossipDigest digest) {
    }

    /**
     * One gossip round: count up, judge the table (members silent for T_fail are failed and declared
     * DEAD here), and build the digest for {@code fanout} random peers, all of whom get the same rows.
     */
    public List<Outgoing> round() {
        long now = membership.clock().nanos();
        counter++;
        Heartbeat self = heartbeat(MessageType.HEARTBEAT);
        membership.onHeartbeat(self, null, SOURCE_SELF);
        if (auto != null) {
            followMembership(self, now);
        }
        if (watchers.judging(now)) {
            table.convictSilentStreams(now, id -> membership.declareDead(id, "its heartbeats to this peer, one of its"
                    + " watchers, stopped " + Watchers.SILENT_ROUNDS + " rounds ago and no relay has a newer counter"));
        }
        table.expire(now, id -> membership.declareDead(id, "counter silent for T_fail ("
                + dev.pulsegrid.detect.Durations.seconds(table.timeouts().failNanos()) + ")"));
        List<InetSocketAddress> targets = targets();
        List<Outgoing> out = new ArrayList<>(digestFor(self, targets));
        // Our watchers (and, for a grace time, those our table replaced) get our heartbeat alone, every
        // round: a few dozen bytes each, whatever n is.
        GossipDigest beat = GossipDigest.of(self, List.of());
        for (InetSocketAddress w : watchers.feed(table.watchers(), table.timeouts().failNanos(), now)) {
            if (!targets.contains(w)) {
                out.add(new Outgoing(w, beat));
            }
        }
        return out;
    }

    /** The goodbye: a LEAVE header (and whatever news fits) to more peers than a round reaches. */
    public List<Outgoing> leave() {
        counter++;
        Heartbeat bye = heartbeat(MessageType.LEAVE);
        membership.onHeartbeat(bye, null, SOURCE_SELF);
        // Our watchers hear it first-hand: they would otherwise convict us 5 rounds after our stream
        // stops, sooner than the goodbye reaches them by gossip in a large mesh.
        List<InetSocketAddress> to = pick(3 * params.fanout());
        for (InetSocketAddress w : watchers.feed(table.watchers(), table.timeouts().failNanos(), membership.clock().nanos())) {
            if (!to.contains(w)) {
                to.add(w);
            }
        }
        return digestFor(bye, to);
    }

    private List<Outgoing> digestFor(Heartbeat header, List<InetSocketAddress> targets) {
        if (targets.isEmpty()) {
            return List.of();
        }
        // One digest for all targets: splitting the updates between them (GossipTable.select(budget, k))
        // was measured worse at n = 200, 1% loss, T_fail 20 s, 3 min: 168 false DEAD against 36, staleness
        // max 28 rounds against 25. The same rows to three peers reach more of the mesh per hop.
        GossipDigest d = GossipDigest.of(header, table.select(params.maxDatagramBytes() - GossipCodec.baseSize(header)));
        List<Outgoing> out = new ArrayList<>(targets.size());
        for (InetSocketAddress t : targets) {
            out.add(new Outgoing(t, d));
        }
        return out;
    }

    /** Takes one decoded datagram that arrived from {@code from}. */
    public void receive(GossipDigest d, InetSocketAddress from) {
        long now = membership.clock().nanos();
        Heartbeat h = d.sender();
        if (h.nodeId().equals(params.nodeId())) {
            return; // our own datagram looped back (a seed list that includes ourselves)
        }
        if (d.gossip() || h.sequence() > 0) {
            GossipTable.Outcome o = table.mergeDirect(h.nodeId(), h.incarnation(), h.sequence(), h.isLeave(), from, h.meta(),
                    h.intervalHintMillis() * 1_000_000L, now);
            feed(o, h, from, SOURCE_DIRECT);
        } else {
            // A plain heartbeat without a counter cannot be compared by others: it counts here only.
            membership.onHeartbeat(h, from, SOURCE_DIRECT);
        }
        for (GossipEntry e : d.entries()) {
            if (e.nodeId().equals(params.nodeId())) {
                refuteIfNeeded(e);
                continue;
            }
            GossipTable.Outcome o = table.mergeEntry(e, h.nodeId(), now);
            MessageType type = o == GossipTable.Outcome.LEFT ? MessageType.LEAVE : MessageType.HEARTBEAT;
            // Labels learned second-hand (entry-metadata section) reach membership with the counter.
            feed(o, new Heartbeat(type, e.nodeId(), e.incarnation(), e.counter(), 0, 0, table.meta(e.nodeId())), null, SOURCE_GOSSIP);
        }
    }

    private void feed(GossipTable.Outcome o, Heartbeat hb, InetSocketAddress from, String source) {
        switch (o) {
            case NEW, FRESHER -> membership.onHeartbeat(hb.isLeave() ? withType(hb, MessageType.HEARTBEAT) : hb, from, source);
            case LEFT -> membership.onHeartbeat(withType(hb, MessageType.LEAVE), from, source);
            case DEAD -> membership.declareDead(hb.nodeId(), "declared DEAD by gossip (no counter newer than "
                    + hb.sequence() + " known here either)");
            default -> { }
        }
    }

    private static Heartbeat withType(Heartbeat hb, MessageType t) {
        return hb.type() == t ? hb : new Heartbeat(t, hb.nodeId(), hb.incarnation(), hb.sequence(),
                hb.sentAtMillis(), hb.intervalHintMillis(), hb.meta());
    }

    /**
     * SWIM's refutation: someone declared us DEAD in our current incarnation, or holds a newer
     * incarnation of our id than we do. A higher incarnation outranks every counter they have, and
     * as news it is pushed with priority, so it overtakes the obituary. Plain suspicion is refuted
     * too, but at most once per T_fail: here suspicion is one peer's private view, not a verdict
     * others adopt, and every refutation costs each peer a RESTART event and digest space.
     */
    private void refuteIfNeeded(GossipEntry aboutUs) {
        long now = membership.clock().nanos();
        boolean declaredDead = aboutUs.incarnation() == incarnation && aboutUs.status() == GossipStatus.DEAD;
        boolean suspected = aboutUs.incarnation() == incarnation && aboutUs.status() == GossipStatus.SUSPECT
                && now - lastRefutedNanos >= table.timeouts().failNanos();
        if (declaredDead || suspected || aboutUs.incarnation() > incarnation) {
            incarnation = Math.max(incarnation, aboutUs.incarnation()) + 1;
            refutations++;
            lastRefutedNanos = now;
        }
    }

    /**
     * Membership's verdicts ride along in our rows. A DEAD reached by the monitor's own detector while
     * the row is still live here (a watch or GUI judging by a --dead-after shorter than T_fail) is
     * this peer's opinion, not the mesh's: others would adopt it as an obituary, so it goes out as
     * SUSPECT until T_fail (auto: sized to the mesh) or an adopted verdict fails the row.
     */
    private void onMembershipEvent(MembershipEvent e) {
        if (e.isTransition() && e.to() != null && !e.nodeId().equals(params.nodeId())) {
            GossipStatus s = statusOf(e.to());
            table.setVerdict(e.nodeId(), s == GossipStatus.DEAD && table.live(e.nodeId()) ? GossipStatus.SUSPECT : s);
        }
    }

    static GossipStatus statusOf(NodeState s) {
        return switch (s) {
            case ALIVE -> GossipStatus.ALIVE;
            case SUSPECT -> GossipStatus.SUSPECT;
            case DEAD -> GossipStatus.DEAD;
            case LEFT -> GossipStatus.LEFT;
        };
    }

    /** Up to {@code fanout} distinct random peers; the seeds stand in while fewer peers are known. */
    List<InetSocketAddress> targets() {
        return pick(params.fanout());
    }

    private List<InetSocketAddress> pick(int k) {
        List<InetSocketAddress> pool = table.liveAddresses();
        if (pool.size() < params.fanout()) {
            Set<InetSocketAddress> known = new HashSet<>(pool);
            for (InetSocketAddress s : seeds) {
                if (known.add(s)) {
                    pool.add(s);
                }
            }
        }
        if (pool.size() <= k) {
            return pool;
        }
        for (int i = 0; i < k; i++) { // partial Fisher-Yates: k swaps, not a full shuffle
            Collections.swap(pool, i, i + random.nextInt(pool.size() - i));
        }
        return new ArrayList<>(pool.subList(0, k));
    }

    private Heartbeat heartbeat(MessageType type) {
        return new Heartbeat(type, params.nodeId(), incarnation, counter, membership.clock().wallMillis(),
                params.intervalMillis(), params.meta());
    }

    /** Auto T_fail for the members known now (ourselves included) and the rows one digest holds. */
    private void followMembership(Heartbeat self, long now) {
        int rows = AutoFail.rowsPerDatagram(params.maxDatagramBytes() - GossipCodec.baseSize(self),
                table.meanRowBytes(AutoFail.TYPICAL_ROW_BYTES));
        long fail = auto.update(table.size() + 1, rows, now);
        if (fail != table.timeouts().failNanos()) {
            GossipTimeouts t = auto.timeouts();
            table.setTimeouts(t);
            membership.setSourceFloor(SOURCE_GOSSIP, t.failNanos());
            timeoutsChanged.accept(t);
        }
    }

    /**
     * New T_fail / T_cleanup (the GUI's gossip timers, an explicit flag): judged from the next round
     * on, and auto T_fail is off from now. A member already silent for longer than the new T_fail is
     * failed (and declared DEAD here) at that round.
     */
    public void setTimeouts(GossipTimeouts t) {
        auto = null;
        table.setTimeouts(t);
        membership.setSourceFloor(SOURCE_GOSSIP, t.failNanos());
        timeoutsChanged.accept(t);
    }

    /**
     * Auto T_fail from now on: {@link AutoFail} derives it from the members known, recomputed every
     * round (T_cleanup = 2 x T_fail). It starts at {@link AutoFail#MIN_ROUNDS} rounds and grows with
     * the table.
     */
    public void useAutoTimeouts() {
        auto = new AutoFail(params.intervalMillis() * 1_000_000L, params.fanout());
        followMembership(heartbeat(MessageType.HEARTBEAT), membership.clock().nanos());
    }

    /** Whether T_fail is derived from membership (no explicit value in force). */
    public boolean autoTimeouts() {
        return auto != null;
    }

    /** Told each new T_fail / T_cleanup (auto or explicit), on the membership thread; one listener. */
    public void onTimeoutsChanged(java.util.function.Consumer<GossipTimeouts> listener) {
        timeoutsChanged = Objects.requireNonNull(listener);
    }

    public GossipTimeouts timeouts() {
        return table.timeouts();
    }

    /** Stops listening to membership; the node must not be used afterwards. */
    public void detach() {
        membership.removeListener(verdicts);
        membership.setSourceFloor(SOURCE_GOSSIP, 0);
    }

    public GossipTable table() {
        return table;
    }

    public String nodeId() {
        return params.nodeId();
    }

    public long incarnation() {
        return incarnation;
    }

    public long counter() {
        return counter;
    }

    /** Times this peer raised its incarnation to answer suspicion. */
    public long refutations() {
        return refutations;
    }

    public GossipParams params() {
        return params;
    }
}
