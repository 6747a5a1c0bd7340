package dev.pulsegrid.cluster.gossip;

import dev.pulsegrid.cluster.gossip.GossipTable.Outcome;
import dev.pulsegrid.protocol.GossipStatus;
import java.net.InetSocketAddress;
import java.util.Map;

/**
 * How news about a member is taken into a {@link GossipTable}'s rows: merge by maximum (incarnation
 * first, then counter), never learn a member from its obituary, adopt a peer's DEAD only when we know
 * nothing newer, and make whatever changed news for a few rounds. Shares the table's rows and thread.
 */
final class MergeRules {
    private final String selfId;
    private final int fanout;
    private final Map<String, GossipRecord> rows;

    MergeRules(String selfId, int fanout, Map<String, GossipRecord> rows) {
        this.selfId = selfId;
        this.fanout = fanout;
        this.rows = rows;
    }

    Outcome merge(String id, long inc, long counter, GossipStatus status, InetSocketAddress address,
                  String via, long now) {
        if (id.equals(selfId)) {
            return Outcome.IGNORED;
        }
        GossipRecord r = rows.get(id);
        if (r == null) {
            if (status == GossipStatus.DEAD || status == GossipStatus.LEFT) {
                return Outcome.IGNORED; // learning a member from its obituary is how the dead come back
            }
            r = new GossipRecord(id);
            r.watchScore = Watchers.score(selfId, id);
            rows.put(id, r);
            absorb(r, inc, counter, address, via, now);
            r.retransmits = RetransmitLimit.rounds(rows.size() + 1, fanout);
            return Outcome.NEW;
        }
        int cmp = r.compareTo(inc, counter);
        boolean doubted = status == GossipStatus.DEAD || status == GossipStatus.SUSPECT;
        if (cmp < 0 && !doubted) {
            boolean news = inc > r.incarnation || !r.live();
            absorb(r, inc, counter, address, via, now);
            r.failed = false;
            r.left = status == GossipStatus.LEFT;
            if (news || r.left) {
                r.retransmits = RetransmitLimit.rounds(rows.size() + 1, fanout);
            }
            return r.left ? Outcome.LEFT : Outcome.FRESHER;
        }
        if (cmp < 0) {
            // A higher counter its sender already doubts is old news: the sender has not seen it grow
            // for suspect-after at least. Remember it (so older gossip stays stale) but do not refresh
            // freshness, or a crashed member's last counter, relayed late, would revive it.
            r.incarnation = inc;
            r.counter = counter;
        }
        if (cmp <= 0 && status == GossipStatus.DEAD && r.live()) {
            // Its declarer saw no growth past this counter for T_fail; neither have we (ours is not
            // higher), so the member's newest known counter is at least T_fail old here too. A live
            // member's counter is higher at every peer that is not itself stale: they refuse this.
            r.failed = true;
            r.retransmits = RetransmitLimit.rounds(rows.size() + 1, fanout);
            return Outcome.DEAD;
        }
        if (cmp <= 0 && status == GossipStatus.LEFT && !r.left) {
            r.left = true;
            r.retransmits = RetransmitLimit.rounds(rows.size() + 1, fanout);
            return Outcome.LEFT;
        }
        if (address != null && (via == null || r.address == null)) {
            r.address = address;
        }
        return Outcome.STALE;
    }

    private static void absorb(GossipRecord r, long inc, long counter, InetSocketAddress address, String via, long now) {
        r.incarnation = inc;
        r.counter = counter;
        r.lastIncreasedNanos = now;
        r.heardVia = via;
        if (address != null && (via == null || r.address == null)) {
            r.address = address; // what a member's own datagram shows beats what others relay
        }
    }

    /** Newer labels of a member (not from an older incarnation) become news for a few digests. */
    void learnMeta(Outcome o, String id, long incarnation, Map<String, String> meta) {
        GossipRecord r = rows.get(id);
        if (o == Outcome.IGNORED || r == null || meta == null || meta.isEmpty()
                || incarnation < r.metaIncarnation || meta.equals(r.meta)) {
            return;
        }
        r.meta = meta;
        r.metaIncarnation = incarnation;
        r.metaRetransmits = RetransmitLimit.rounds(rows.size() + 1, fanout);
    }
}
