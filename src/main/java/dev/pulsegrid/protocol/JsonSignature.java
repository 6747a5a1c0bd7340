package dev.pulsegrid.protocol;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;

/**
 * The JSON authentication member (docs/PROTOCOL.md, "Signing the JSON form"): the object's last
 * member is exactly {@code ,"sig":"<key-id>:<64 hex digits>"} followed by the closing brace. The
 * HMAC covers the datagram as it would be without that member: every byte before its comma, then
 * {@code }}. A shell sender therefore signs the object it would have sent, then splices the member
 * in before the last brace; no canonical JSON is needed on either side.
 */
final class JsonSignature {
    private static final byte[] MEMBER_START = ",\"sig\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SIG_NAME = "\"sig\"".getBytes(StandardCharsets.US_ASCII);
    private static final int HEX_LEN = 2 * MacPool.MAC_BYTES;

    private JsonSignature() {
    }

    /**
     * @return the index of the signature member's comma in {@code buf[start, end)}, or -1 when the
     *         datagram does not end with a signature member
     */
    static int locate(ByteBuffer buf, int start, int end) {
        int i = end - 1;
        while (i >= start && isBlank(buf.get(i))) {
            i--;
        }
        if (i < start || buf.get(i) != '}' || --i < start || buf.get(i) != '"') {
            return -1;
        }
        int hexEnd = i;
        i -= HEX_LEN;
        if (i < start) {
            return -1;
        }
        for (int j = i; j < hexEnd; j++) {
            if (Character.digit(buf.get(j), 16) < 0) {
                return -1;
            }
        }
        if (--i < start || buf.get(i) != ':') {
            return -1;
        }
        int idEnd = i;
        while (i > start && SigningKey.isIdByte(buf.get(i - 1))) {
            i--;
        }
        int idLen = idEnd - i;
        if (idLen < 1 || idLen > SigningKey.MAX_ID_BYTES) {
            return -1;
        }
        int comma = i - MEMBER_START.length;
        if (comma < start) {
            return -1;
        }
        for (int j = 0; j < MEMBER_START.length; j++) {
            if (buf.get(comma + j) != MEMBER_START[j]) {
                return -1;
            }
        }
        return comma;
    }

    /** True when {@code "sig"} appears anywhere: a signature in the wrong place must not pass as unsigned. */
    static boolean mentionsSig(ByteBuffer buf, int start, int end) {
        outer:
        for (int i = start; i + SIG_NAME.length <= end; i++) {
            for (int j = 0; j < SIG_NAME.length; j++) {
                if (buf.get(i + j) != SIG_NAME[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** Checks the member {@link #locate} found at {@code comma}; {@code start} is the datagram's first byte. */
    static void verify(ByteBuffer buf, int start, int comma, Keyring keyring) throws DecodeException {
        int idAt = comma + MEMBER_START.length;
        int colon = idAt;
        while (buf.get(colon) != ':') {
            colon++;
        }
        SigningKey key = keyring.find(buf, idAt, colon - idAt);
        if (key == null) {
            throw new DecodeException(DecodeError.UNKNOWN_KEY);
        }
        MacPool pool = MacPool.get();
        Mac mac = pool.mac(key);
        mac.update(buf.duplicate().limit(comma).position(start));
        mac.update((byte) '}');
        byte[] expected = pool.finish(mac);
        int diff = 0;
        for (int i = 0; i < MacPool.MAC_BYTES; i++) {
            int at = colon + 1 + 2 * i;
            int b = (Character.digit(buf.get(at), 16) << 4) | Character.digit(buf.get(at + 1), 16);
            diff |= (expected[i] & 0xFF) ^ b;
        }
        if (diff != 0) {
            throw new DecodeException(DecodeError.BAD_SIGNATURE, "key " + key.id());
        }
    }

    /** Signs a JSON object (ending in '}', no trailing blanks) by splicing the member in before the brace. */
    static byte[] sign(byte[] json, SigningKey key) {
        int last = json.length - 1;
        if (last < 1 || json[last] != '}') {
            throw new IllegalArgumentException("not a JSON object ending in '}'");
        }
        MacPool pool = MacPool.get();
        Mac mac = pool.mac(key);
        mac.update(json);
        String member = ",\"sig\":\"" + key.id() + ":" + HexFormat.of().formatHex(pool.finish(mac)) + "\"}";
        byte[] m = member.getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[last + m.length];
        System.arraycopy(json, 0, out, 0, last);
        System.arraycopy(m, 0, out, last, m.length);
        return out;
    }

    private static boolean isBlank(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }
}
