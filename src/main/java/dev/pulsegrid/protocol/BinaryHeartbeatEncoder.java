package dev.pulsegrid.protocol;

import static dev.pulsegrid.protocol.BinaryLayout.*;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;

/** Writes the binary v1 form; refuses anything the decoder would refuse or that exceeds the send limit. */
public final class BinaryHeartbeatEncoder {
    private BinaryHeartbeatEncoder() {
    }

    /** @return the exact encoded size, after checking the heartbeat is sendable */
    public static int encodedSize(Heartbeat hb) {
        HeartbeatRules.check(hb);
        int size = MIN_SIZE - 1 + WireText.utf8Length(hb.nodeId());
        for (Map.Entry<String, String> e : hb.meta().entrySet()) {
            size += 2 + WireText.utf8Length(e.getKey()) + WireText.utf8Length(e.getValue());
        }
        if (size > WireLimits.MAX_SEND_BYTES) {
            throw new InvalidHeartbeatException(DecodeError.TOO_LARGE,
                    size + " bytes, senders stay within " + WireLimits.MAX_SEND_BYTES);
        }
        return size;
    }

    public static byte[] encode(Heartbeat hb) {
        byte[] out = new byte[encodedSize(hb)];
        write(hb, ByteBuffer.wrap(out));
        return out;
    }

    /**
     * Writes at {@code out}'s position and advances it.
     *
     * @return the number of bytes written
     * @throws IllegalArgumentException if {@code out} has too little room (nothing is written then)
     */
    public static int encode(Heartbeat hb, ByteBuffer out) {
        int size = encodedSize(hb);
        if (out.remaining() < size) {
            throw new IllegalArgumentException("need " + size + " bytes, buffer has " + out.remaining());
        }
        if (out.order() == ByteOrder.BIG_ENDIAN) {
            write(hb, out);
        } else {
            ByteBuffer be = out.duplicate().order(ByteOrder.BIG_ENDIAN);
            write(hb, be);
            out.position(be.position());
        }
        return size;
    }

    /** @return the number of bytes written at {@code offset} */
    public static int encode(Heartbeat hb, byte[] out, int offset) {
        return encode(hb, ByteBuffer.wrap(out, offset, out.length - offset));
    }

    private static void write(Heartbeat hb, ByteBuffer out) {
        out.put(MAGIC_0).put(MAGIC_1).put((byte) VERSION).put((byte) hb.type().code()).put((byte) 0);
        out.putLong(hb.incarnation()).putLong(hb.sequence()).putLong(hb.sentAtMillis()).putInt(hb.intervalHintMillis());
        out.put((byte) WireText.utf8Length(hb.nodeId()));
        WireText.put(out, hb.nodeId());
        Map<String, String> meta = hb.meta();
        out.put((byte) meta.size());
        if (!meta.isEmpty()) {
            for (String key : HeartbeatRules.sortedKeys(meta)) {
                String value = meta.get(key);
                out.put((byte) WireText.utf8Length(key));
                WireText.put(out, key);
                out.put((byte) WireText.utf8Length(value));
                WireText.put(out, value);
            }
        }
    }
}
