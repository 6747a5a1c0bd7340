package dev.pulsegrid.protocol;

import static dev.pulsegrid.protocol.BinaryLayout.*;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The binary authentication trailer (docs/PROTOCOL.md, "Authentication"): flag bit 1 set, and after
 * the metadata {@code key id (K bytes) | K (1 byte) | HMAC-SHA-256 (32 bytes)} over every byte
 * before the HMAC. The length sits next to the HMAC so a receiver finds the trailer from the end and
 * checks it before parsing a single field of the body.
 */
final class BinarySignature {
    static final int MIN_TRAILER = 1 + 1 + MacPool.MAC_BYTES;

    private BinarySignature() {
    }

    static int trailerSize(SigningKey key) {
        return key.idBytes().length + 1 + MacPool.MAC_BYTES;
    }

    /**
     * Verifies the trailer of the datagram in {@code buf[base, end)} (flag bit 1 already seen).
     *
     * @return the index where the body ends (the start of the key id)
     */
    static int verify(ByteBuffer buf, int base, int end, Keyring keyring) throws DecodeException {
        if (end - base < MIN_SIZE + MIN_TRAILER) {
            throw new DecodeException(DecodeError.TRUNCATED, "authentication trailer");
        }
        int macAt = end - MacPool.MAC_BYTES;
        int idLen = buf.get(macAt - 1) & 0xFF;
        int idAt = macAt - 1 - idLen;
        if (idLen == 0 || idLen > SigningKey.MAX_ID_BYTES || idAt < base + MIN_SIZE) {
            throw new DecodeException(DecodeError.TRUNCATED, "authentication trailer key id");
        }
        SigningKey key = keyring.find(buf, idAt, idLen);
        if (key == null) {
            throw new DecodeException(DecodeError.UNKNOWN_KEY);
        }
        MacPool pool = MacPool.get();
        pool.compute(key, buf, base, macAt);
        if (!pool.matches(buf, macAt)) {
            throw new DecodeException(DecodeError.BAD_SIGNATURE, "key " + key.id());
        }
        return idAt;
    }

    /**
     * Turns an encoded unsigned message at {@code out[start, start+bodyLen)} into a signed one in place,
     * appending the trailer after it.
     *
     * @return the total signed length
     */
    static int sign(ByteBuffer out, int start, int bodyLen, SigningKey key) {
        ByteBuffer b = out.order() == ByteOrder.BIG_ENDIAN ? out : out.duplicate().order(ByteOrder.BIG_ENDIAN);
        b.put(start + OFF_FLAGS, (byte) (b.get(start + OFF_FLAGS) | FLAG_AUTH));
        int at = start + bodyLen;
        byte[] id = key.idBytes();
        b.put(at, id);
        at += id.length;
        b.put(at++, (byte) id.length);
        MacPool pool = MacPool.get();
        pool.compute(key, b, start, at);
        b.put(at, pool.out);
        return at + MacPool.MAC_BYTES - start;
    }
}
