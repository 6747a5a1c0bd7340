package dev.pulsegrid.protocol;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Map;

/**
 * Reads the JSON form ({@code {"id":"web-1"}} and optional fields, docs/PROTOCOL.md "JSON form")
 * with Jackson's streaming parser: no object mapping, unknown fields skipped unread.
 */
public final class JsonHeartbeatDecoder {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(WireLimits.MAX_JSON_DEPTH)
                    .maxNumberLength(40)
                    .maxStringLength(WireLimits.MAX_DATAGRAM_BYTES)
                    .build())
            .build();

    // Known fields as bits, to refuse one given twice without the parser's costlier duplicate check.
    private static final int F_ID = 1;
    private static final int F_TYPE = 2;
    private static final int F_INC = 4;
    private static final int F_SEQ = 8;
    private static final int F_TS = 16;
    private static final int F_INTERVAL = 32;
    private static final int F_META = 64;

    private JsonHeartbeatDecoder() {
    }

    /** Decodes the bytes between {@code in}'s position and limit, without moving either. */
    public static Heartbeat decode(ByteBuffer in) throws DecodeException {
        int n = in.remaining();
        if (n > WireLimits.MAX_DATAGRAM_BYTES) {
            throw new DecodeException(DecodeError.TOO_LARGE, n + " bytes");
        }
        if (in.hasArray()) {
            return decode(in.array(), in.arrayOffset() + in.position(), n);
        }
        byte[] copy = new byte[n];
        in.get(in.position(), copy);
        return decode(copy, 0, n);
    }

    public static Heartbeat decode(byte[] bytes, int offset, int length) throws DecodeException {
        if (length > WireLimits.MAX_DATAGRAM_BYTES) {
            throw new DecodeException(DecodeError.TOO_LARGE, length + " bytes");
        }
        // Jackson guesses UTF-16/32 from zero bytes at the start; the JSON form is UTF-8 only.
        if (length < 2 || bytes[offset] == 0 || bytes[offset + 1] == 0) {
            throw new DecodeException(length < 2 ? DecodeError.TOO_SHORT : DecodeError.BAD_JSON);
        }
        if (!endsWithClosingBrace(bytes, offset, length)) {
            // Truncated or random bytes: refused here, because Jackson reports syntax errors with
            // ordinary exceptions (stack trace, message) costing ~10x a successful parse.
            throw new DecodeException(DecodeError.BAD_JSON, "does not end with '}'");
        }
        try (JsonParser p = FACTORY.createParser(bytes, offset, length)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new DecodeException(DecodeError.BAD_JSON, "not an object");
            }
            Heartbeat hb = readObject(p);
            if (p.nextToken() != null) {
                throw new DecodeException(DecodeError.BAD_JSON, "content after the object");
            }
            return hb;
        } catch (IOException | RuntimeException e) {
            throw new DecodeException(DecodeError.BAD_JSON, e.getClass().getSimpleName());
        }
    }

    /** A JSON object ends with '}', optionally followed by blanks: exact, so nothing valid is refused. */
    private static boolean endsWithClosingBrace(byte[] bytes, int offset, int length) {
        for (int i = offset + length - 1; i >= offset; i--) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return b == '}';
            }
        }
        return false;
    }

    private static Heartbeat readObject(JsonParser p) throws IOException, DecodeException {
        String id = null;
        MessageType type = MessageType.HEARTBEAT;
        long inc = 0;
        long seq = 0;
        long ts = 0;
        long interval = 0;
        Map<String, String> meta = Map.of();
        int seen = 0; // one bit per known field: a second "id" must not silently win over the first
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            int bit = switch (name) {
                case "id" -> F_ID;
                case "type" -> F_TYPE;
                case "inc" -> F_INC;
                case "seq" -> F_SEQ;
                case "ts" -> F_TS;
                case "interval" -> F_INTERVAL;
                case "meta" -> F_META;
                default -> 0;
            };
            if (bit == 0) {
                p.skipChildren(); // unknown field, whatever it holds
                continue;
            }
            if ((seen & bit) != 0) {
                throw new DecodeException(DecodeError.BAD_JSON, "duplicate field " + name);
            }
            seen |= bit;
            if (value == JsonToken.VALUE_NULL) {
                continue; // null means "not given" for every field
            }
            switch (bit) {
                case F_ID -> {
                    if (value != JsonToken.VALUE_STRING) {
                        throw new DecodeException(DecodeError.BAD_NODE_ID, "not a string");
                    }
                    id = p.getText();
                }
                case F_TYPE -> type = readType(p, value);
                case F_INC -> inc = readLong(p, value, Long.MAX_VALUE);
                case F_SEQ -> seq = readLong(p, value, Long.MAX_VALUE);
                case F_TS -> ts = readLong(p, value, -1);
                case F_INTERVAL -> interval = readLong(p, value, Integer.MAX_VALUE);
                default -> meta = readMeta(p, value);
            }
        }
        if (id == null) {
            throw new DecodeException(DecodeError.MISSING_ID);
        }
        if (WireText.checkNodeId(id) != null) {
            throw new DecodeException(DecodeError.BAD_NODE_ID);
        }
        return new Heartbeat(type, id, inc, seq, ts, (int) interval, meta);
    }

    private static MessageType readType(JsonParser p, JsonToken value) throws IOException, DecodeException {
        if (value != JsonToken.VALUE_STRING) {
            throw new DecodeException(DecodeError.BAD_FIELD, "type");
        }
        return switch (p.getText()) {
            case "heartbeat" -> MessageType.HEARTBEAT;
            case "leave" -> MessageType.LEAVE;
            default -> throw new DecodeException(DecodeError.UNKNOWN_TYPE);
        };
    }

    /** @param max the largest accepted value, or -1 for any signed 64-bit value */
    private static long readLong(JsonParser p, JsonToken value, long max) throws IOException, DecodeException {
        if (value != JsonToken.VALUE_NUMBER_INT) {
            throw new DecodeException(DecodeError.BAD_FIELD, p.currentName());
        }
        JsonParser.NumberType kind = p.getNumberType();
        if (kind != JsonParser.NumberType.INT && kind != JsonParser.NumberType.LONG) {
            throw new DecodeException(DecodeError.OUT_OF_RANGE, p.currentName());
        }
        long v = p.getLongValue();
        if (max >= 0 && (v < 0 || v > max)) {
            throw new DecodeException(DecodeError.OUT_OF_RANGE, p.currentName());
        }
        return v;
    }

    /** Builds the immutable map directly: the Heartbeat keeps it without another copy. */
    @SuppressWarnings({"unchecked", "rawtypes"}) // generic array creation
    private static Map<String, String> readMeta(JsonParser p, JsonToken value) throws IOException, DecodeException {
        if (value != JsonToken.START_OBJECT) {
            throw new DecodeException(DecodeError.BAD_METADATA, "not an object");
        }
        Map.Entry<String, String>[] entries = new Map.Entry[4];
        int count = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            if (p.nextToken() != JsonToken.VALUE_STRING) {
                throw new DecodeException(DecodeError.BAD_METADATA, "value of " + key + " is not a string");
            }
            String text = p.getText();
            int keyBytes = WireText.utf8Length(key);
            int valueBytes = WireText.utf8Length(text);
            if (keyBytes < 1 || keyBytes > WireLimits.MAX_META_KEY_BYTES
                    || valueBytes < 0 || valueBytes > WireLimits.MAX_META_VALUE_BYTES) {
                throw new DecodeException(DecodeError.BAD_METADATA, "key or value too long or with control characters");
            }
            if (count == WireLimits.MAX_META_ENTRIES) {
                throw new DecodeException(DecodeError.BAD_METADATA, "more than " + WireLimits.MAX_META_ENTRIES);
            }
            if (count == entries.length) {
                entries = Arrays.copyOf(entries, count * 2);
            }
            entries[count++] = Map.entry(key, text);
        }
        if (count == 0) {
            return Map.of();
        }
        try {
            return Map.ofEntries(Arrays.copyOf(entries, count));
        } catch (IllegalArgumentException duplicateKey) {
            throw new DecodeException(DecodeError.BAD_METADATA, "duplicate key");
        }
    }
}
