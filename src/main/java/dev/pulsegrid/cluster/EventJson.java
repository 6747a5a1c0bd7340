package dev.pulsegrid.cluster;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The one JSON shape of a membership event, shared by {@code watch}, event handlers and webhooks:
 * {@code {"ts","node","from","to","reason","addr","kind","incarnation"}}. {@code ts} is ISO-8601 UTC
 * with milliseconds; {@code from} is null for a node's first heartbeat; {@code addr} may be null.
 */
public final class EventJson {
    private static final JsonFactory FACTORY = new JsonFactory();
    /** Always three fraction digits, so timestamps sort and align as text. */
    public static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private EventJson() {
    }

    public static String toJson(MembershipEvent e) {
        StringWriter w = new StringWriter(160);
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            g.writeStartObject();
            g.writeStringField("ts", TS.format(Instant.ofEpochMilli(e.wallMillis())));
            g.writeStringField("node", e.nodeId());
            g.writeStringField("from", e.from() == null ? null : e.from().name());
            g.writeStringField("to", e.to() == null ? null : e.to().name());
            g.writeStringField("reason", e.reason());
            g.writeStringField("addr", e.addressText());
            g.writeStringField("kind", e.kind().name());
            g.writeNumberField("incarnation", e.incarnation());
            if (!e.meta().isEmpty()) {
                g.writeObjectFieldStart("meta");
                for (var m : new java.util.TreeMap<>(e.meta()).entrySet()) {
                    g.writeStringField(m.getKey(), m.getValue());
                }
                g.writeEndObject();
            }
            g.writeEndObject();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return w.toString();
    }
}
