package dev.pulsegrid.protocol;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The optional entry-metadata section of a gossip datagram (flag bit 2, docs/PROTOCOL.md "Entry
 * metadata"): after the last entry, {@code version(1)=1 | count(1) | count x (entry index(2) |
 * pairs(1) | pairs as in the header's metadata)}. It lets members learned second-hand carry their
 * labels. Senders carry it only while an entry's metadata is news and cap it per datagram.
 */
final class GossipMetaSection {
    static final int FLAG = 0x04;
    static final int VERSION = 1;
    static final int HEADER = 2;

    private GossipMetaSection() {
    }

    /** Bytes one entry's record takes (index, pair count, pairs). */
    static int recordSize(Map<String, String> meta) {
        int n = 3;
        for (Map.Entry<String, String> e : meta.entrySet()) {
            n += 2 + WireText.utf8Length(e.getKey()) + WireText.utf8Length(e.getValue());
        }
        return n;
    }

    /** Bytes of the whole section for these entries, 0 when none carries metadata. */
    static int size(List<GossipEntry> entries) {
        int n = 0;
        for (GossipEntry e : entries) {
            if (e.meta() != null) {
                n += recordSize(e.meta());
            }
        }
        return n == 0 ? 0 : HEADER + n;
    }

    static void write(ByteBuffer buf, List<GossipEntry> entries) {
        int count = 0;
        for (GossipEntry e : entries) {
            count += e.meta() != null ? 1 : 0;
        }
        buf.put((byte) VERSION).put((byte) count);
        for (int i = 0; i < entries.size(); i++) {
            Map<String, String> meta = entries.get(i).meta();
            if (meta == null) {
                continue;
            }
            buf.putShort((short) i).put((byte) meta.size());
            for (String key : HeartbeatRules.sortedKeys(meta)) {
                buf.put((byte) WireText.utf8Length(key));
                WireText.put(buf, key);
                buf.put((byte) WireText.utf8Length(meta.get(key)));
                WireText.put(buf, meta.get(key));
            }
        }
    }

    /** Reads the section in {@code [at, end)} and returns the entries with their metadata attached. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static List<GossipEntry> read(ByteBuffer buf, int at, int end, List<GossipEntry> entries) throws DecodeException {
        if (at + HEADER > end) {
            throw new DecodeException(DecodeError.TRUNCATED, "entry metadata section");
        }
        int version = buf.get(at) & 0xFF;
        if (version != VERSION) {
            throw new DecodeException(DecodeError.UNSUPPORTED_SECTION, "entry metadata version " + version);
        }
        int count = buf.get(at + 1) & 0xFF;
        if (count == 0 || count > entries.size()) {
            throw new DecodeException(DecodeError.BAD_METADATA, count + " entry metadata records for " + entries.size() + " entries");
        }
        at += HEADER;
        Map<String, String>[] found = new Map[entries.size()];
        for (int r = 0; r < count; r++) {
            if (at + 3 > end) {
                throw new DecodeException(DecodeError.TRUNCATED, "entry metadata record " + r);
            }
            int index = buf.getShort(at) & 0xFFFF;
            int pairs = buf.get(at + 2) & 0xFF;
            at += 3;
            if (index >= entries.size() || found[index] != null) {
                throw new DecodeException(DecodeError.BAD_GOSSIP_ENTRY, "entry metadata for entry " + index);
            }
            if (pairs > WireLimits.MAX_META_ENTRIES) {
                throw new DecodeException(DecodeError.BAD_METADATA, pairs + " pairs");
            }
            Map.Entry<String, String>[] kv = new Map.Entry[pairs];
            for (int i = 0; i < pairs; i++) {
                String key = text(buf, at, end, WireLimits.MAX_META_KEY_BYTES, true);
                at += 1 + (buf.get(at) & 0xFF);
                String value = text(buf, at, end, WireLimits.MAX_META_VALUE_BYTES, false);
                at += 1 + (buf.get(at) & 0xFF);
                kv[i] = Map.entry(key, value);
            }
            try {
                found[index] = Map.ofEntries(kv);
            } catch (IllegalArgumentException duplicateKey) {
                throw new DecodeException(DecodeError.BAD_METADATA, "duplicate key");
            }
        }
        if (at != end) {
            throw new DecodeException(DecodeError.TRAILING_BYTES, (end - at) + " bytes");
        }
        List<GossipEntry> out = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            GossipEntry e = entries.get(i);
            out.add(found[i] == null ? e : new GossipEntry(e.nodeId(), e.incarnation(), e.counter(), e.status(), e.address(), found[i]));
        }
        return out;
    }

    /** One length-prefixed string at {@code at}. */
    private static String text(ByteBuffer buf, int at, int end, int max, boolean key) throws DecodeException {
        if (at >= end) {
            throw new DecodeException(DecodeError.TRUNCATED, "entry metadata");
        }
        int len = buf.get(at) & 0xFF;
        if ((key && len == 0) || len > max) {
            throw new DecodeException(DecodeError.BAD_METADATA, (key ? "key" : "value") + " length " + len);
        }
        if (at + 1 + len > end) {
            throw new DecodeException(DecodeError.TRUNCATED, "entry metadata");
        }
        String s = WireText.decode(buf, at + 1, len);
        if (s == null) {
            throw new DecodeException(DecodeError.BAD_METADATA, (key ? "key" : "value") + " not UTF-8 or has control characters");
        }
        return s;
    }
}
