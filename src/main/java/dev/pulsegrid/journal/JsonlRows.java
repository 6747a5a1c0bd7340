package dev.pulsegrid.journal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;
import java.io.Writer;

/** JSON Lines rows: every key present on every line (null when absent), meta as a nested object. */
final class JsonlRows implements RowFormat {
    private static final JsonFactory JSON = new JsonFactory();

    private final IsoMillis time = new IsoMillis();
    private JsonGenerator gen;
    private boolean anyRow;

    @Override
    public void start(Writer out) throws IOException {
        gen = JSON.createGenerator(out);
        gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        gen.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
    }

    @Override
    public void event(Writer out, EventRow e) throws IOException {
        JsonGenerator g = gen;
        anyRow = true;
        g.writeStartObject();
        g.writeNumberField("id", e.id);
        g.writeStringField("time", time.format(e.wallMillis));
        g.writeNumberField("wall_ms", e.wallMillis);
        g.writeStringField("kind", e.kind);
        g.writeStringField("node", e.node);
        g.writeStringField("from", e.from);
        g.writeStringField("to", e.to);
        g.writeStringField("reason", e.reason);
        g.writeStringField("address", e.address);
        g.writeNumberField("incarnation", e.incarnation);
        g.writeFieldName("meta");
        // Stored by MetaJson as a JSON object already: copy it, don't parse and re-print it.
        g.writeRawValue(e.metaJson == null ? "{}" : e.metaJson);
        g.writeEndObject();
    }

    @Override
    public boolean arrival(Writer out, String nodeId, long arrivalMillis) throws IOException {
        JsonGenerator g = gen;
        anyRow = true;
        g.writeStartObject();
        g.writeStringField("node", nodeId);
        g.writeNumberField("arrival_ms", arrivalMillis);
        g.writeEndObject();
        return true;
    }

    @Override
    public void finish(Writer out) throws IOException {
        if (gen != null) {
            // MinimalPrettyPrinter puts the separator between root values only; end the last line too.
            if (anyRow) {
                gen.writeRaw('\n');
            }
            gen.flush();
        }
    }
}
