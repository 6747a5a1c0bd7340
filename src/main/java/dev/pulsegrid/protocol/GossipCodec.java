package dev.pulsegrid.protocol;

import static dev.pulsegrid.protocol.BinaryLayout.*;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Binary v1 with flag bit 0: the sender's heartbeat, then a gossip section of table entries
 * (docs/PROTOCOL.md, "Gossip entries"). {@link #decode} also accepts plain heartbeats (binary
 * without the flag, or JSON), so a gossip port hears ordinary agents too.
 */
public final class GossipCodec {
    /** Bytes of the section's entry count. */
    public static final int SECTION_OVERHEAD = 2;
    /** status(1) + incarnation(8) + counter(8) + address kind(1) + id length(1). */
    static final int ENTRY_FIXED = 19;
    static final int KIND_NONE = 0;
    static final int KIND_IPV4 = 4;
    static final int KIND_IPV6 = 6;

    private GossipCodec() {
    }

    /** Bytes the sender's heartbeat plus an empty gossip section take. */
    public static int baseSize(Heartbeat sender) {
        return BinaryHeartbeatEncoder.encodedSize(sender) + SECTION_OVERHEAD;
    }

    /** Bytes the entry-metadata section adds for {@code meta} (a record; plus 2 for the section's first). */
    public static int metaRecordSize(java.util.Map<String, String> meta) {
        return GossipMetaSection.recordSize(meta);
    }

    /** Bytes of the entry-metadata section's own header, paid once per datagram that carries one. */
    public static final int META_SECTION_OVERHEAD = GossipMetaSection.HEADER;

    /** Bytes one entry adds; the entry must be valid ({@link #check}). */
    public static int entrySize(GossipEntry e) {
        int a = e.addressBytes();
        return ENTRY_FIXED + (a == 0 ? 0 : a + 2) + WireText.utf8Length(e.nodeId());
    }

    /** @throws InvalidHeartbeatException naming the reason a decoder would give */
    public static void check(GossipEntry e) {
        if (WireText.checkNodeId(e.nodeId()) != null) {
            throw new InvalidHeartbeatException(DecodeError.BAD_NODE_ID, "gossip entry id must be 1..255 UTF-8 bytes");
        }
        if (e.incarnation() < 0 || e.counter() < 0) {
            throw new InvalidHeartbeatException(DecodeError.OUT_OF_RANGE, "incarnation and counter must not be negative");
        }
        if (e.meta() != null && WireText.checkMeta(e.meta()) != null) {
            throw new InvalidHeartbeatException(DecodeError.BAD_METADATA, "gossip entry metadata of " + e.nodeId()
                    + ": at most " + WireLimits.MAX_META_ENTRIES + " pairs, keys 1..64 and values 0..255 UTF-8 bytes");
        }
        if (e.address() != null && (e.address().getAddress() == null || e.address().getPort() == 0)) {
            throw new InvalidHeartbeatException(DecodeError.BAD_GOSSIP_ENTRY, "entry address must be resolved, port 1..65535");
        }
    }

    /** @return exactly the bytes a receiver decodes back to {@code d}; at most 1400 */
    public static byte[] encode(GossipDigest d) {
        Set<String> ids = new HashSet<>();
        int size = baseSize(d.sender());
        for (GossipEntry e : d.entries()) {
            check(e);
            if (e.nodeId().equals(d.sender().nodeId()) || !ids.add(e.nodeId())) {
                throw new InvalidHeartbeatException(DecodeError.BAD_GOSSIP_ENTRY, "duplicate entry " + e.nodeId());
            }
            size += entrySize(e);
        }
        int metaBytes = GossipMetaSection.size(d.entries());
        size += metaBytes;
        if (d.entries().size() > 0xFFFF || size > WireLimits.MAX_SEND_BYTES) {
            throw new InvalidHeartbeatException(DecodeError.TOO_LARGE,
                    size + " bytes, senders stay within " + WireLimits.MAX_SEND_BYTES);
        }
        byte[] out = new byte[size];
        ByteBuffer buf = ByteBuffer.wrap(out);
        BinaryHeartbeatEncoder.encode(d.sender(), buf);
        out[OFF_FLAGS] = (byte) (FLAG_GOSSIP | (metaBytes > 0 ? GossipMetaSection.FLAG : 0));
        buf.putShort((short) d.entries().size());
        for (GossipEntry e : d.entries()) {
            buf.put((byte) e.status().code()).putLong(e.incarnation()).putLong(e.counter());
            int a = e.addressBytes();
            buf.put((byte) (a == 0 ? KIND_NONE : a == 4 ? KIND_IPV4 : KIND_IPV6));
            if (a != 0) {
                buf.put(e.address().getAddress().getAddress()).putShort((short) e.address().getPort());
            }
            buf.put((byte) WireText.utf8Length(e.nodeId()));
            WireText.put(buf, e.nodeId());
        }
        if (metaBytes > 0) {
            GossipMetaSection.write(buf, d.entries());
        }
        return out;
    }

    /** Decodes the bytes between the buffer's position and limit; neither is moved. Signed datagrams are refused (no keys). */
    public static GossipDigest decode(ByteBuffer datagram) throws DecodeException {
        return decode(datagram, Keyring.EMPTY, false);
    }

    /**
     * Decodes and authenticates like {@link HeartbeatDecoder#decode(ByteBuffer, Keyring, boolean)}: a
     * signed datagram (flag bit 1) is checked against {@code keyring} before any field is read, and an
     * unsigned one is refused as {@code UNSIGNED} when {@code requireAuth}.
     */
    public static GossipDigest decode(ByteBuffer datagram, Keyring keyring, boolean requireAuth) throws DecodeException {
        try {
            ByteBuffer buf = datagram.order() == ByteOrder.BIG_ENDIAN ? datagram
                    : datagram.duplicate().order(ByteOrder.BIG_ENDIAN);
            int base = buf.position();
            int n = buf.remaining();
            boolean gossip = n > OFF_FLAGS && buf.get(base) == MAGIC_0 && buf.get(base + 1) == MAGIC_1
                    && (buf.get(base + OFF_VERSION) & 0xFF) == VERSION && (buf.get(base + OFF_FLAGS) & FLAG_GOSSIP) != 0;
            if (!gossip) {
                return new GossipDigest(HeartbeatDecoder.decode(buf, keyring, requireAuth), List.of(), false);
            }
            return decodeGossip(buf, base, n, keyring, requireAuth);
        } catch (RuntimeException bug) {
            throw new DecodeException(DecodeError.DECODER_FAULT, bug.toString());
        }
    }

    public static GossipDigest decode(byte[] datagram) throws DecodeException {
        return decode(ByteBuffer.wrap(datagram));
    }

    private static GossipDigest decodeGossip(ByteBuffer buf, int base, int n, Keyring keyring, boolean requireAuth)
            throws DecodeException {
        if (n > WireLimits.MAX_DATAGRAM_BYTES) {
            throw new DecodeException(DecodeError.TOO_LARGE, n + " bytes");
        }
        if (n < MIN_SIZE) {
            throw new DecodeException(DecodeError.TOO_SHORT, n + " bytes");
        }
        int flags = buf.get(base + OFF_FLAGS) & 0xFF;
        if ((flags & ~(KNOWN_FLAGS | GossipMetaSection.FLAG)) != 0) {
            throw new DecodeException(DecodeError.BAD_FLAGS, "flags 0x" + Integer.toHexString(flags));
        }
        int end = base + n;
        if ((flags & FLAG_AUTH) != 0) {
            end = BinarySignature.verify(buf, base, end, keyring); // the body now ends where the key id starts
        } else if (requireAuth) {
            throw new DecodeException(DecodeError.UNSIGNED);
        }
        int headerEnd = headerEnd(buf, base, end);
        byte[] header = new byte[headerEnd - base];
        buf.get(base, header);
        header[OFF_FLAGS] = 0; // the heartbeat part is plain v1; its own decoder checks every field
        Heartbeat sender = BinaryHeartbeatDecoder.decode(ByteBuffer.wrap(header));
        return GossipDigest.of(sender, readEntries(buf, headerEnd, end, sender.nodeId(), (flags & GossipMetaSection.FLAG) != 0));
    }

    /** Walks the heartbeat's variable part only far enough to find where the gossip section starts. */
    private static int headerEnd(ByteBuffer buf, int base, int end) throws DecodeException {
        int at = base + OFF_NODE_ID + (buf.get(base + OFF_NODE_ID_LEN) & 0xFF);
        if (at >= end) {
            throw new DecodeException(DecodeError.TRUNCATED, "node id");
        }
        int count = buf.get(at++) & 0xFF;
        if (count > WireLimits.MAX_META_ENTRIES) {
            throw new DecodeException(DecodeError.BAD_METADATA, count + " entries");
        }
        for (int i = 0; i < count; i++) {
            if (at >= end) {
                throw new DecodeException(DecodeError.TRUNCATED, "metadata");
            }
            at += 1 + (buf.get(at) & 0xFF);
            if (at >= end) {
                throw new DecodeException(DecodeError.TRUNCATED, "metadata");
            }
            at += 1 + (buf.get(at) & 0xFF);
            if (at > end) {
                throw new DecodeException(DecodeError.TRUNCATED, "metadata");
            }
        }
        return at;
    }

    private static List<GossipEntry> readEntries(ByteBuffer buf, int at, int end, String senderId, boolean withMeta)
            throws DecodeException {
        if (at + SECTION_OVERHEAD > end) {
            throw new DecodeException(DecodeError.TRUNCATED, "gossip entry count");
        }
        int count = buf.getShort(at) & 0xFFFF;
        at += SECTION_OVERHEAD;
        if ((long) count * (ENTRY_FIXED + 1) > end - at) {
            throw new DecodeException(DecodeError.TRUNCATED, count + " gossip entries");
        }
        List<GossipEntry> out = new ArrayList<>(count);
        Set<String> ids = new HashSet<>(count * 2);
        for (int i = 0; i < count; i++) {
            if (at + ENTRY_FIXED - 1 > end) {
                throw new DecodeException(DecodeError.TRUNCATED, "gossip entry " + i);
            }
            GossipStatus status = GossipStatus.fromCode(buf.get(at) & 0xFF);
            if (status == null) {
                throw new DecodeException(DecodeError.BAD_GOSSIP_ENTRY, "status " + (buf.get(at) & 0xFF));
            }
            long incarnation = buf.getLong(at + 1);
            long counter = buf.getLong(at + 9);
            if (incarnation < 0 || counter < 0) {
                throw new DecodeException(DecodeError.OUT_OF_RANGE, "gossip entry " + i);
            }
            int kind = buf.get(at + 17) & 0xFF;
            at += 18;
            InetSocketAddress address = null;
            if (kind != KIND_NONE) {
                int len = kind == KIND_IPV4 ? 4 : kind == KIND_IPV6 ? 16 : -1;
                if (len < 0) {
                    throw new DecodeException(DecodeError.BAD_GOSSIP_ENTRY, "address kind " + kind);
                }
                if (at + len + 2 > end) {
                    throw new DecodeException(DecodeError.TRUNCATED, "gossip entry address");
                }
                byte[] raw = new byte[len];
                buf.get(at, raw);
                int port = buf.getShort(at + len) & 0xFFFF;
                if (port == 0) {
                    throw new DecodeException(DecodeError.BAD_GOSSIP_ENTRY, "port 0");
                }
                address = new InetSocketAddress(ipOf(raw), port);
                at += len + 2;
            }
            if (at >= end) {
                throw new DecodeException(DecodeError.TRUNCATED, "gossip entry id");
            }
            int idLen = buf.get(at++) & 0xFF;
            if (idLen == 0) {
                throw new DecodeException(DecodeError.BAD_NODE_ID, "empty gossip entry id");
            }
            if (at + idLen > end) {
                throw new DecodeException(DecodeError.TRUNCATED, "gossip entry id");
            }
            String id = WireText.decode(buf, at, idLen);
            if (id == null) {
                throw new DecodeException(DecodeError.BAD_NODE_ID, "gossip entry id not UTF-8 or has control characters");
            }
            at += idLen;
            if (id.equals(senderId) || !ids.add(id)) {
                throw new DecodeException(DecodeError.BAD_GOSSIP_ENTRY, "repeated id " + id);
            }
            out.add(new GossipEntry(id, incarnation, counter, status, address));
        }
        if (withMeta) {
            return GossipMetaSection.read(buf, at, end, out);
        }
        if (at != end) {
            throw new DecodeException(DecodeError.TRAILING_BYTES, (end - at) + " bytes");
        }
        return out;
    }

    private static InetAddress ipOf(byte[] raw) {
        try {
            return InetAddress.getByAddress(raw); // raw bytes only: never a name lookup
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
