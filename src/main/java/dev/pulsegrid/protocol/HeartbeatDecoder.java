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

    /**
     * Decodes the bytes between {@code datagram}'s position and limit without any key: unsigned
     * datagrams decode, signed ones are refused ({@code UNKNOWN_KEY}) since nothing can check them.
     */
    public static Heartbeat decode(ByteBuffer datagram) throws DecodeException {
        return decode(datagram, Keyring.EMPTY, false);
    }

    /**
     * Decodes and authenticates (docs/PROTOCOL.md, "Authentication"). A signed datagram is checked
     * against {@code keyring} before a single field of it is parsed; an unsigned one is accepted only
     * when {@code requireAuth} is false.
     */
    public static Heartbeat decode(ByteBuffer datagram, Keyring keyring, boolean requireAuth) throws DecodeException {
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
                int comma = JsonSignature.locate(datagram, start, end);
                if (comma >= 0) {
                    JsonSignature.verify(datagram, start, comma, keyring);
                } else if (JsonSignature.mentionsSig(datagram, start, end)) {
                    throw new DecodeException(DecodeError.BAD_SIGNATURE, "\"sig\" must be the last member, exactly ,\"sig\":\"<key-id>:<hex>\"");
                } else if (requireAuth) {
                    throw new DecodeException(DecodeError.UNSIGNED);
                }
                return JsonHeartbeatDecoder.decode(datagram.duplicate().position(i));
            }
            int flags = BinaryLayout.readFlags(datagram, start, end);
            if (flags >= 0 && (flags & BinaryLayout.FLAG_AUTH) != 0 && (flags & ~BinaryLayout.KNOWN_FLAGS) == 0) {
                int bodyEnd = BinarySignature.verify(datagram, start, end, keyring);
                return BinaryHeartbeatDecoder.decode(datagram, start, bodyEnd, true);
            }
            if (requireAuth && flags >= 0) {
                throw new DecodeException(DecodeError.UNSIGNED);
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
