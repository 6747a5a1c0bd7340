package dev.pulsegrid.protocol;

import java.nio.ByteBuffer;

/**
 * The one entry point for received datagrams: picks the JSON form when the first non-blank byte is
 * '{', the binary form otherwise. Whatever the bytes, the only thing that leaves is a
 * {@link Heartbeat} or a {@link DecodeException} whose {@link DecodeError} the caller counts.
 */
public final class HeartbeatDecoder {
    private HeartbeatDecoder() {
    }

    /** Decodes the bytes between {@code datagram}'s position and limit; neither is moved. */
    public static Heartbeat decode(ByteBuffer datagram) throws DecodeException {
        try {
            int n = datagram.remaining();
            if (n == 0) {
                throw new DecodeException(DecodeError.TOO_SHORT, "empty");
            }
            if (n > WireLimits.MAX_DATAGRAM_BYTES) {
                throw new DecodeException(DecodeError.TOO_LARGE, n + " bytes");
            }
            int start = datagram.position();
            int end = datagram.limit();
            int i = start;
            while (i < end && isBlank(datagram.get(i))) {
                i++;
            }
            if (i < end && datagram.get(i) == '{') {
                return JsonHeartbeatDecoder.decode(datagram.duplicate().position(i));
            }
            return BinaryHeartbeatDecoder.decode(datagram);
        } catch (RuntimeException bug) {
            throw new DecodeException(DecodeError.DECODER_FAULT, bug.toString());
        }
    }

    public static Heartbeat decode(byte[] datagram) throws DecodeException {
        return decode(ByteBuffer.wrap(datagram));
    }

    public static Heartbeat decode(byte[] datagram, int offset, int length) throws DecodeException {
        return decode(ByteBuffer.wrap(datagram, offset, length));
    }

    private static boolean isBlank(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }
}
