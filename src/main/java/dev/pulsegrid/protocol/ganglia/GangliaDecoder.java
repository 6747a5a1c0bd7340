package dev.pulsegrid.protocol.ganglia;

import static dev.pulsegrid.protocol.ganglia.GangliaMessage.METADATA_FULL;
import static dev.pulsegrid.protocol.ganglia.GangliaMessage.METADATA_REQUEST;

import dev.pulsegrid.protocol.ganglia.GangliaDecodeException.Reason;
import dev.pulsegrid.protocol.ganglia.GangliaMessage.Kind;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Decodes gmond 3.1+ UDP datagrams (XDR, big-endian, strings padded to 4 bytes). Layout, from
 * gmond's {@code protocol.x}: message id; metric id = host string, metric name string, spoof
 * bool; then for 128 the metadata (type, name, units, slope, tmax, dmax, extra name/value pairs),
 * for 129..135 a printf format string and the value, for 136 nothing. Stateless and thread-safe.
 */
public final class GangliaDecoder {
    /** Longer than any UDP datagram gmond sends (max_udp_msg_len 1472); guards the length field. */
    private static final int MAX_STRING = 65_507;

    private GangliaDecoder() {
    }

    public static GangliaMessage decode(ByteBuffer datagram) throws GangliaDecodeException {
        ByteBuffer b = datagram.slice().order(ByteOrder.BIG_ENDIAN);
        int id = u32(b, "message id");
        if (id < METADATA_FULL || id > METADATA_REQUEST) {
            throw new GangliaDecodeException(Reason.UNKNOWN_FORMAT, "message id " + Integer.toUnsignedString(id)
                    + " is not gmond 3.1+ (128..136)");
        }
        String rawHost = string(b, "host");
        String metric = string(b, "metric name");
        boolean spoof = u32(b, "spoof flag") != 0;
        if (metric.isEmpty()) {
            throw new GangliaDecodeException(Reason.MALFORMED, "empty metric name");
        }
        String host = spoof ? GangliaNames.spoofedName(rawHost) : rawHost;
        if (id == METADATA_FULL) {
            string(b, "type");
            string(b, "name");
            string(b, "units");
            u32(b, "slope");
            int tmax = u32(b, "tmax");
            u32(b, "dmax");
            int extras = u32(b, "extra data count");
            for (int i = 0; i < extras; i++) { // each pair is at least 8 bytes, so a huge count hits TRUNCATED fast
                string(b, "extra name");
                string(b, "extra value");
            }
            return new GangliaMessage(Kind.METADATA, id, host, metric, spoof, Math.max(0, tmax), Double.NaN, null);
        }
        if (id == METADATA_REQUEST) {
            return new GangliaMessage(Kind.REQUEST, id, host, metric, spoof, 0, Double.NaN, null);
        }
        string(b, "format");
        double number = Double.NaN;
        String text = null;
        switch (id) {
            case GangliaMessage.VALUE_USHORT -> number = u32(b, "value") & 0xFFFF;
            case GangliaMessage.VALUE_SHORT -> number = (short) u32(b, "value");
            case GangliaMessage.VALUE_INT -> number = u32(b, "value");
            case GangliaMessage.VALUE_UINT -> number = Integer.toUnsignedLong(u32(b, "value"));
            case GangliaMessage.VALUE_STRING -> text = string(b, "value");
            case GangliaMessage.VALUE_FLOAT -> number = Float.intBitsToFloat(u32(b, "value"));
            case GangliaMessage.VALUE_DOUBLE -> {
                need(b, 8, "value");
                number = b.getDouble();
            }
            default -> throw new IllegalStateException("unreachable: " + id);
        }
        return new GangliaMessage(Kind.VALUE, id, host, metric, spoof, 0, number, text);
    }

    private static int u32(ByteBuffer b, String field) throws GangliaDecodeException {
        need(b, 4, field);
        return b.getInt();
    }

    private static String string(ByteBuffer b, String field) throws GangliaDecodeException {
        int len = u32(b, field + " length");
        if (len < 0 || len > MAX_STRING) {
            throw new GangliaDecodeException(Reason.MALFORMED, field + " length " + Integer.toUnsignedString(len));
        }
        int padded = (len + 3) & ~3;
        need(b, padded, field);
        byte[] bytes = new byte[len];
        b.get(bytes);
        b.position(b.position() + padded - len);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void need(ByteBuffer b, int n, String field) throws GangliaDecodeException {
        if (b.remaining() < n) {
            throw new GangliaDecodeException(Reason.TRUNCATED, field + " cut at byte " + b.position());
        }
    }
}
