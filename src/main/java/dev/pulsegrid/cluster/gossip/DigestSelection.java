package dev.pulsegrid.cluster.gossip;

import dev.pulsegrid.protocol.GossipCodec;
import dev.pulsegrid.protocol.GossipEntry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Chooses what of a {@link GossipTable} goes into one round's digests, each within one datagram's
 * budget: news first, then the rows that grew the most since they were last sent, with the members'
 * labels only within their own byte budget. Marks what it chose as sent. Called on the table's thread.
 */
final class DigestSelection {
    private static final Comparator<GossipRecord> PRIORITY = Comparator
            .comparing((GossipRecord r) -> r.retransmits > 0 ? 0 : 1)
            .thenComparing(Comparator.comparingLong(GossipRecord::unsentGrowth).reversed())
            .thenComparing(Comparator.comparingLong((GossipRecord r) -> r.lastIncreasedNanos).reversed());

    /** No entry is smaller: 19 fixed bytes and a one-byte id. */
    private static final int MIN_ENTRY_BYTES = 20;
    /** Per datagram, at most this much goes to second-hand members' metadata (entry-metadata section). */
    static final int META_BUDGET_BYTES = 300;

    private DigestSelection() {
    }

    /** See {@link GossipTable#select(int, int)}; {@code rows} in the table's order, which the shuffle starts from. */
    static List<List<GossipEntry>> select(Collection<GossipRecord> rows, Random random, int budgetBytes, int targets) {
        int k = Math.max(1, targets);
        List<GossipRecord> candidates = new ArrayList<>();
        for (GossipRecord r : rows) {
            if (r.retransmits > 0 || (r.live() && (r.unsentGrowth() > 0 || r.metaRetransmits > 0))) {
                candidates.add(r);
            }
        }
        Collections.shuffle(candidates, random);
        candidates.sort(PRIORITY);
        int[] metaLeft = new int[k];
        java.util.Arrays.fill(metaLeft, META_BUDGET_BYTES);
        List<List<GossipEntry>> out = new ArrayList<>(k);
        int[] left = new int[k];
        for (int i = 0; i < k; i++) {
            out.add(new ArrayList<>());
            left[i] = budgetBytes;
        }
        int next = 0;
        int full = 0;
        int chosen = 0;
        GossipEntry[] entries = new GossipEntry[candidates.size()];
        boolean[] in = new boolean[candidates.size() * k];
        for (int c = 0; c < candidates.size() && full < k; c++) {
            GossipRecord r = candidates.get(c);
            GossipEntry e = new GossipEntry(r.id, r.incarnation, r.counter, r.status(), r.address);
            int size = GossipCodec.entrySize(e);
            boolean sent = false;
            boolean metaSent = false;
            for (int tried = 0; tried < k; tried++) {
                int i = r.retransmits > 0 ? tried : next;
                if (size <= left[i]) {
                    GossipEntry withMeta = r.metaRetransmits > 0 ? withMeta(e, r.meta, i, left, metaLeft, out.get(i)) : null;
                    out.get(i).add(withMeta != null ? withMeta : e);
                    in[c * k + i] = true;
                    full += take(left, i, withMeta == null ? size : size(withMeta));
                    sent = true;
                    metaSent |= withMeta != null;
                }
                if (r.retransmits <= 0) {
                    next = (next + 1) % k;
                    if (sent) {
                        break;
                    }
                }
            }
            if (metaSent) {
                r.metaRetransmits--;
            }
            if (sent) {
                entries[c] = e;
                chosen = c + 1;
                r.sentCounter = r.counter;
                r.sentIncarnation = r.incarnation;
                if (r.retransmits > 0) {
                    r.retransmits--;
                }
            }
        }
        // Room left over (a table smaller than the fanout's datagrams): every digest also carries the
        // updates dealt to the others, so a small mesh still hears each update from several peers.
        for (int i = 0; i < k && full < k; i++) {
            for (int c = 0; c < chosen && left[i] >= MIN_ENTRY_BYTES; c++) {
                if (entries[c] != null && !in[c * k + i]) {
                    int size = GossipCodec.entrySize(entries[c]);
                    if (size <= left[i]) {
                        out.get(i).add(entries[c]);
                        full += take(left, i, size);
                    }
                }
            }
        }
        return out;
    }

    /** Entry bytes plus, with metadata, its record (and the section header for a digest's first). */
    private static int size(GossipEntry e) {
        return GossipCodec.entrySize(e) + (e.meta() == null ? 0 : GossipCodec.metaRecordSize(e.meta()));
    }

    /**
     * {@code e} carrying {@code meta} if that fits digest {@code i}'s bytes and its metadata budget
     * (which it then spends), else null: labels never crowd the counters out of a datagram.
     */
    private static GossipEntry withMeta(GossipEntry e, Map<String, String> meta, int i, int[] left, int[] metaLeft,
                                        List<GossipEntry> digest) {
        boolean first = digest.stream().noneMatch(x -> x.meta() != null);
        int extra = GossipCodec.metaRecordSize(meta) + (first ? GossipCodec.META_SECTION_OVERHEAD : 0);
        if (extra > metaLeft[i] || GossipCodec.entrySize(e) + extra > left[i]) {
            return null;
        }
        metaLeft[i] -= extra;
        if (first) {
            left[i] -= GossipCodec.META_SECTION_OVERHEAD;
        }
        return new GossipEntry(e.nodeId(), e.incarnation(), e.counter(), e.status(), e.address(), meta);
    }

    /** Spends {@code size} of digest {@code i}'s budget; returns 1 when that leaves no room for any entry. */
    private static int take(int[] left, int i, int size) {
        boolean wasOpen = left[i] >= MIN_ENTRY_BYTES;
        left[i] -= size;
        return wasOpen && left[i] < MIN_ENTRY_BYTES ? 1 : 0;
    }
}
