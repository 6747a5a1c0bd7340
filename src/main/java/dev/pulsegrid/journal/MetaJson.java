package dev.pulsegrid.journal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Node metadata as a flat JSON object in one column: readable in any SQLite browser. */
final class MetaJson {
    private static final JsonFactory JSON = new JsonFactory();

    private MetaJson() {
    }

    /** null for an empty map, so rows without metadata cost nothing. */
    static String encode(Map<String, String> meta) {
        if (meta == null || meta.isEmpty()) {
            return null;
        }
        StringWriter out = new StringWriter(32 * meta.size());
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            for (Map.Entry<String, String> e : meta.entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A JSON array of strings (a node-id list for SQLite's json_each). */
    static String array(java.util.Collection<String> items) {
        StringWriter out = new StringWriter(16 * items.size() + 2);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartArray();
            for (String s : items) {
                g.writeString(s);
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static Map<String, String> decode(String json) {
        if (json == null || json.isEmpty()) {
            return Map.of();
        }
        Map<String, String> meta = new LinkedHashMap<>();
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new JournalException("meta column is not a JSON object: " + json);
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                p.nextToken();
                meta.put(key, p.getValueAsString());
            }
        } catch (IOException e) {
            throw new JournalException("meta column is not valid JSON: " + json, e);
        }
        return Collections.unmodifiableMap(meta);
    }
}
