package dev.pulsegrid.protocol;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Writes the JSON form with every field spelled out (meta only when present), keys sorted, no
 * whitespace. Used by senders that prefer readability and by tests; the binary form is smaller.
 */
public final class JsonHeartbeatEncoder {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonHeartbeatEncoder() {
    }

    /** @throws InvalidHeartbeatException if a decoder would refuse it or it exceeds the send limit */
    public static byte[] encode(Heartbeat hb) {
        HeartbeatRules.check(hb);
        try (ByteArrayBuilder out = new ByteArrayBuilder(128)) {
            try (JsonGenerator g = FACTORY.createGenerator(out)) {
                g.writeStartObject();
                g.writeStringField("id", hb.nodeId());
                g.writeStringField("type", hb.type() == MessageType.LEAVE ? "leave" : "heartbeat");
                g.writeNumberField("inc", hb.incarnation());
                g.writeNumberField("seq", hb.sequence());
                g.writeNumberField("ts", hb.sentAtMillis());
                g.writeNumberField("interval", hb.intervalHintMillis());
                Map<String, String> meta = hb.meta();
                if (!meta.isEmpty()) {
                    g.writeObjectFieldStart("meta");
                    for (String key : HeartbeatRules.sortedKeys(meta)) {
                        g.writeStringField(key, meta.get(key));
                    }
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            byte[] bytes = out.toByteArray();
            if (bytes.length > WireLimits.MAX_SEND_BYTES) {
                throw new InvalidHeartbeatException(DecodeError.TOO_LARGE,
                        bytes.length + " bytes, senders stay within " + WireLimits.MAX_SEND_BYTES);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
    }
}
