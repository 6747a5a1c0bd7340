package dev.pulsegrid.protocol;

import static dev.pulsegrid.protocol.BinaryLayout.*;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;

/**
 * Reads the binary v1 form. Works on absolute indexes between the buffer's position and limit and
 * never moves either, so a Netty {@code content.nioBuffer()} view can be passed as is.
 */
public final class BinaryHeartbeatDecoder {
    private static final MetaCache META = new MetaCache();

    private BinaryHeartbeatDecoder() {
    }

    public static Heartbeat decode(ByteBuffer in) throws DecodeException {
        return decode(in, in.position(), in.limit(), false);
    }

    /**
     * Decodes the message in {@code in[base, end)}.
     *
     * @param authenticated the caller has verified the authentication trailer (flag bit 1) and
     *                      {@code end} is where the body stops, just before the trailer
     */
    static Heartbeat decode(ByteBuffer in, int base, int end, boolean authenticated) throws DecodeException {
        ByteBuffer buf = in.order() == ByteOrder.BIG_ENDIAN ? in : in.duplicate().order(ByteOrder.BIG_ENDIAN);
        int n = end - base;
        if (n > WireLimits.MAX_DATAGRAM_BYTES) {
            throw new DecodeException(DecodeError.TOO_LARGE, n + " bytes");
        }
        if (n < 2) {
            throw new DecodeException(DecodeError.TOO_SHORT, n + " bytes");
        }
        if (buf.get(base) != MAGIC_0 || buf.get(base + 1) != MAGIC_1) {
            throw new DecodeException(DecodeError.BAD_MAGIC);
        }
        if (n <= OFF_VERSION) {
            throw new DecodeException(DecodeError.TOO_SHORT, n + " bytes");
        }
        int version = buf.get(base + OFF_VERSION) & 0xFF;
        if (version != VERSION) {
            throw new DecodeException(DecodeError.UNKNOWN_VERSION, "version " + version);
        }
        if (n < MIN_SIZE) {
            throw new DecodeException(DecodeError.TOO_SHORT, n + " bytes");
        }
        MessageType type = MessageType.fromCode(buf.get(base + OFF_TYPE) & 0xFF);
        if (type == null) {
            throw new DecodeException(DecodeError.UNKNOWN_TYPE);
        }
        int flags = buf.get(base + OFF_FLAGS) & 0xFF;
        if ((flags & ~KNOWN_FLAGS) != 0) {
            throw new DecodeException(DecodeError.BAD_FLAGS, "flags 0x" + Integer.toHexString(flags));
        }
        if ((flags & FLAG_AUTH) != 0 && !authenticated) {
            // Parsing the body and ignoring a trailer nobody checked would accept forged datagrams.
            throw new DecodeException(DecodeError.UNKNOWN_KEY, "authentication trailer not checked");
        }
        if ((flags & ~FLAG_AUTH) != 0) {
            throw new DecodeException(DecodeError.UNSUPPORTED_SECTION, "flags 0x" + Integer.toHexString(flags));
        }
        long incarnation = buf.getLong(base + OFF_INCARNATION);
        long sequence = buf.getLong(base + OFF_SEQUENCE);
        long sentAt = buf.getLong(base + OFF_SENT_AT);
        int interval = buf.getInt(base + OFF_INTERVAL);
        if (incarnation < 0 || sequence < 0 || interval < 0) {
            throw new DecodeException(DecodeError.OUT_OF_RANGE);
        }
        int idLen = buf.get(base + OFF_NODE_ID_LEN) & 0xFF;
        if (idLen == 0) {
            throw new DecodeException(DecodeError.BAD_NODE_ID, "empty");
        }
        int at = base + OFF_NODE_ID;
        if (at + idLen + 1 > end) {
            throw new DecodeException(DecodeError.TRUNCATED, "node id");
        }
        String nodeId = WireText.decode(buf, at, idLen);
        if (nodeId == null) {
            throw new DecodeException(DecodeError.BAD_NODE_ID, "not UTF-8 or has control characters");
        }
        at += idLen;
        Map<String, String> meta = readMeta(buf, at, end);
        return new Heartbeat(type, nodeId, incarnation, sequence, sentAt, interval, meta);
    }

    private static Map<String, String> readMeta(ByteBuffer buf, int at, int end) throws DecodeException {
        Map<String, String> known = META.get(buf, at, end);
        if (known != null) {
            return known;
        }
        Map<String, String> meta = parseMeta(buf, at, end);
        META.put(buf, at, end, meta);
        return meta;
    }

    @SuppressWarnings({"unchecked", "rawtypes"}) // generic array creation
    private static Map<String, String> parseMeta(ByteBuffer buf, int at, int end) throws DecodeException {
        int count = buf.get(at++) & 0xFF;
        if (count > WireLimits.MAX_META_ENTRIES) {
            throw new DecodeException(DecodeError.BAD_METADATA, count + " entries");
        }
        Map.Entry<String, String>[] entries = new Map.Entry[count];
        for (int i = 0; i < count; i++) {
            if (at >= end) {
                throw new DecodeException(DecodeError.TRUNCATED, "metadata");
            }
            int keyLen = buf.get(at++) & 0xFF;
            if (keyLen == 0 || keyLen > WireLimits.MAX_META_KEY_BYTES) {
                throw new DecodeException(DecodeError.BAD_METADATA, "key length " + keyLen);
            }
            if (at + keyLen >= end) { // the key and at least the value's length byte
                throw new DecodeException(DecodeError.TRUNCATED, "metadata");
            }
            String key = WireText.decode(buf, at, keyLen);
            if (key == null) {
                throw new DecodeException(DecodeError.BAD_METADATA, "key not UTF-8 or has control characters");
            }
            at += keyLen;
            int valueLen = buf.get(at++) & 0xFF;
            if (at + valueLen > end) {
                throw new DecodeException(DecodeError.TRUNCATED, "metadata");
            }
            String value = WireText.decode(buf, at, valueLen);
            at += valueLen;
            if (value == null) {
                throw new DecodeException(DecodeError.BAD_METADATA, "value not UTF-8 or has control characters");
            }
            entries[i] = Map.entry(key, value);
        }
        if (at != end) {
            throw new DecodeException(DecodeError.TRAILING_BYTES, (end - at) + " bytes");
        }
        if (count == 0) {
            return Map.of();
        }
        try {
            return Map.ofEntries(entries);
        } catch (IllegalArgumentException duplicateKey) {
            throw new DecodeException(DecodeError.BAD_METADATA, "duplicate key");
        }
    }
}
