package dev.pulsegrid.protocol;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The text rules shared by both wire forms and both directions: strings are UTF-8 without control
 * characters (they end up in terminals, logs and tooltips) and within byte limits. Encoders and the
 * JSON decoder check Java strings; the binary decoder checks raw bytes.
 */
final class WireText {
    /** Longer than any field the binary form carries (a length byte: at most 255). */
    private static final int SCRATCH_BYTES = 256;
    private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[SCRATCH_BYTES]);

    private WireText() {
    }

    /**
     * @return the UTF-8 length of {@code s}, or -1 if it holds a control character or an unpaired
     *         surrogate (which UTF-8 cannot carry, so it would not survive a round trip)
     */
    static int utf8Length(String s) {
        int bytes = 0;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c < 0x20 || c == 0x7F) {
                    return -1;
                }
                bytes += 1;
            } else if (c < 0x800) {
                if (c <= 0x9F) {
                    return -1; // C1 controls
                }
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 >= n || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return -1;
                }
                i++;
                bytes += 4;
            } else if (Character.isLowSurrogate(c)) {
                return -1;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    static DecodeError checkNodeId(String id) {
        int len = utf8Length(id);
        return len < 1 || len > WireLimits.MAX_NODE_ID_BYTES ? DecodeError.BAD_NODE_ID : null;
    }

    static DecodeError checkMeta(Map<String, String> meta) {
        if (meta.size() > WireLimits.MAX_META_ENTRIES) {
            return DecodeError.BAD_METADATA;
        }
        for (Map.Entry<String, String> e : meta.entrySet()) {
            int k = utf8Length(e.getKey());
            int v = utf8Length(e.getValue());
            if (k < 1 || k > WireLimits.MAX_META_KEY_BYTES || v < 0 || v > WireLimits.MAX_META_VALUE_BYTES) {
                return DecodeError.BAD_METADATA;
            }
        }
        return null;
    }

    /**
     * Decodes {@code len} bytes at absolute index {@code at} without moving the buffer's position.
     *
     * @return the string, or null if the bytes are not valid UTF-8 or contain a control character
     */
    static String decode(ByteBuffer buf, int at, int len) {
        // Checked and copied in one pass into a per-thread scratch array: the String then makes the
        // only copy that stays (a fresh array per string doubled the copying of every node id).
        byte[] copy = len <= SCRATCH_BYTES ? SCRATCH.get() : new byte[len];
        boolean ascii = true;
        for (int i = 0; i < len; i++) {
            byte b = buf.get(at + i);
            if (b < 0) {
                ascii = false;
            } else if (b < 0x20 || b == 0x7F) {
                return null;
            }
            copy[i] = b;
        }
        if (ascii) {
            return new String(copy, 0, len, StandardCharsets.ISO_8859_1);
        }
        return decodeStrict(buf.duplicate().limit(at + len).position(at));
    }

    private static String decodeStrict(ByteBuffer slice) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(slice);
            String s = chars.toString();
            return utf8Length(s) < 0 ? null : s; // C1 controls are valid UTF-8 but still refused
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Writes {@code s} as UTF-8 at the buffer's position; the caller has checked it with {@link #utf8Length}. */
    static void put(ByteBuffer out, String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                out.put((byte) c);
            } else if (c < 0x800) {
                out.put((byte) (0xC0 | (c >> 6)));
                out.put((byte) (0x80 | (c & 0x3F)));
            } else if (Character.isHighSurrogate(c)) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                out.put((byte) (0xF0 | (cp >> 18)));
                out.put((byte) (0x80 | ((cp >> 12) & 0x3F)));
                out.put((byte) (0x80 | ((cp >> 6) & 0x3F)));
                out.put((byte) (0x80 | (cp & 0x3F)));
            } else {
                out.put((byte) (0xE0 | (c >> 12)));
                out.put((byte) (0x80 | ((c >> 6) & 0x3F)));
                out.put((byte) (0x80 | (c & 0x3F)));
            }
        }
    }
}
