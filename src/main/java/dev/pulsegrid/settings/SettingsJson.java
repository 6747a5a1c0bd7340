package dev.pulsegrid.settings;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.pulsegrid.cluster.DetectorOverride;
import dev.pulsegrid.cluster.MetaSelector;
import dev.pulsegrid.cluster.NodeState;
import dev.pulsegrid.detect.FailureDetector;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The settings file, version 1:
 * <pre>
 * {"version":1,
 *  "detector":{"detector":"fixed","suspect-after":"3s","dead-after":"10s"},
 *  "overrides":[{"selector":"role=db","detector":{"detector":"fixed","suspect-after":"10s","dead-after":"30s"}}],
 *  "theme":"dark", "notify":["SUSPECT","DEAD"], "window":{"width":1400,"height":900},
 *  "collectd":{"enabled":true,"port":25826,"bind":"","security":"sign","auth-file":"/etc/collectd/passwd"},
 *  "ganglia":{"enabled":false,"port":8649,"bind":"","multicast-group":"239.2.11.71"}}
 * </pre>
 * Every member is optional; unknown members are skipped so an older program reads a newer file.
 */
final class SettingsJson {
    static final int VERSION = 1;
    private static final JsonFactory JSON = new JsonFactory();

    private SettingsJson() {
    }

    static void write(Settings s, Writer out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET); // the caller forces and renames the file
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("version", VERSION);
            if (s.detector() != null) {
                g.writeFieldName("detector");
                writeDetector(g, s.detector());
            }
            g.writeArrayFieldStart("overrides");
            for (DetectorOverride o : s.overrides()) {
                g.writeStartObject();
                g.writeStringField("selector", o.label());
                g.writeFieldName("detector");
                writeDetector(g, o.detector());
                g.writeEndObject();
            }
            g.writeEndArray();
            if (s.dark() != null) {
                g.writeStringField("theme", s.dark() ? "dark" : "light");
            }
            if (s.notifyStates() != null) {
                g.writeArrayFieldStart("notify");
                for (NodeState st : NodeState.values()) {
                    if (s.notifyStates().contains(st)) {
                        g.writeString(st.name());
                    }
                }
                g.writeEndArray();
            }
            if (s.windowWidth() > 0 && s.windowHeight() > 0) {
                g.writeObjectFieldStart("window");
                g.writeNumberField("width", s.windowWidth());
                g.writeNumberField("height", s.windowHeight());
                g.writeEndObject();
            }
            writeListener(g, "collectd", s.collectd());
            writeListener(g, "ganglia", s.ganglia());
            g.writeEndObject();
        }
    }

    private static void writeListener(JsonGenerator g, String name, ListenerChoice c) throws IOException {
        if (c == null) {
            return;
        }
        g.writeObjectFieldStart(name);
        g.writeBooleanField("enabled", c.enabled());
        g.writeNumberField("port", c.port());
        g.writeStringField("bind", c.bind());
        if (name.equals("collectd")) {
            g.writeStringField("security", c.security());
            g.writeStringField("auth-file", c.authFile());
        } else {
            g.writeStringField("multicast-group", c.group());
        }
        g.writeEndObject();
    }

    private static void writeDetector(JsonGenerator g, FailureDetector d) throws IOException {
        g.writeStartObject();
        for (Map.Entry<String, String> e : DetectorParams.of(d).entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    /** @throws IllegalArgumentException (or IOException for broken JSON) naming what is wrong */
    static Settings read(String text) throws IOException {
        try (JsonParser p = JSON.createParser(text)) {
            expect(p.nextToken(), JsonToken.START_OBJECT, "the file");
            Settings s = Settings.NONE;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                switch (name) {
                    case "version" -> {
                        if (t != JsonToken.VALUE_NUMBER_INT || p.getIntValue() > VERSION) {
                            throw new IllegalArgumentException("version " + p.getText() + " is not one this program reads ("
                                    + VERSION + ")");
                        }
                    }
                    case "detector" -> s = s.withDetector(detector(p, t, "detector"));
                    case "overrides" -> s = s.withOverrides(overrides(p, t));
                    case "theme" -> {
                        String v = string(p, t, "theme");
                        if (!v.equals("dark") && !v.equals("light")) {
                            throw new IllegalArgumentException("theme must be \"dark\" or \"light\", was \"" + v + "\"");
                        }
                        s = s.withDark(v.equals("dark"));
                    }
                    case "notify" -> s = s.withNotifyStates(states(p, t));
                    case "window" -> s = window(p, t, s);
                    case "collectd" -> s = s.withCollectd(listener(p, t, "collectd"));
                    case "ganglia" -> s = s.withGanglia(listener(p, t, "ganglia"));
                    default -> p.skipChildren();
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
                throw new IllegalArgumentException("trailing content after the settings object");
            }
            return s;
        }
    }

    private static FailureDetector detector(JsonParser p, JsonToken t, String where) throws IOException {
        expect(t, JsonToken.START_OBJECT, where);
        Map<String, String> params = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken v = p.nextToken();
            if (!v.isScalarValue() || v == JsonToken.VALUE_NULL) {
                throw new IllegalArgumentException(where + "." + key + " must be a string or number");
            }
            params.put(key, p.getText());
        }
        try {
            return DetectorParams.detector(params);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage());
        }
    }

    private static List<DetectorOverride> overrides(JsonParser p, JsonToken t) throws IOException {
        expect(t, JsonToken.START_ARRAY, "overrides");
        List<DetectorOverride> list = new ArrayList<>();
        while (p.nextToken() == JsonToken.START_OBJECT) {
            String where = "overrides[" + list.size() + "]";
            MetaSelector selector = null;
            FailureDetector d = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if (name.equals("selector")) {
                    selector = MetaSelector.parse(string(p, v, where + ".selector"));
                } else if (name.equals("detector")) {
                    d = detector(p, v, where + ".detector");
                } else {
                    p.skipChildren();
                }
            }
            if (selector == null || d == null) {
                throw new IllegalArgumentException(where + " needs both \"selector\" and \"detector\"");
            }
            list.add(new DetectorOverride(selector, d));
        }
        expect(p.currentToken(), JsonToken.END_ARRAY, "overrides");
        return list;
    }

    private static Set<NodeState> states(JsonParser p, JsonToken t) throws IOException {
        expect(t, JsonToken.START_ARRAY, "notify");
        Set<NodeState> out = EnumSet.noneOf(NodeState.class);
        while (p.nextToken() == JsonToken.VALUE_STRING) {
            try {
                out.add(NodeState.valueOf(p.getText().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("notify: '" + p.getText() + "' is not a node state");
            }
        }
        expect(p.currentToken(), JsonToken.END_ARRAY, "notify");
        return out;
    }

    private static Settings window(JsonParser p, JsonToken t, Settings s) throws IOException {
        expect(t, JsonToken.START_OBJECT, "window");
        double w = 0;
        double h = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            if (!v.isNumeric()) {
                throw new IllegalArgumentException("window." + name + " must be a number");
            }
            if (name.equals("width")) {
                w = p.getDoubleValue();
            } else if (name.equals("height")) {
                h = p.getDoubleValue();
            }
        }
        return s.withWindowSize(w, h);
    }

    private static ListenerChoice listener(JsonParser p, JsonToken t, String where) throws IOException {
        expect(t, JsonToken.START_OBJECT, where);
        boolean enabled = false;
        int port = -1;
        Map<String, String> text = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            switch (name) {
                case "enabled" -> {
                    if (v != JsonToken.VALUE_TRUE && v != JsonToken.VALUE_FALSE) {
                        throw new IllegalArgumentException(where + ".enabled must be true or false");
                    }
                    enabled = v == JsonToken.VALUE_TRUE;
                }
                case "port" -> {
                    if (v != JsonToken.VALUE_NUMBER_INT || p.getIntValue() < 0 || p.getIntValue() > 65535) {
                        throw new IllegalArgumentException(where + ".port must be a whole number from 0 to 65535");
                    }
                    port = p.getIntValue();
                }
                case "bind", "security", "auth-file", "multicast-group" -> text.put(name, string(p, v, where + "." + name));
                default -> p.skipChildren();
            }
        }
        if (port < 0) {
            throw new IllegalArgumentException(where + " needs a \"port\"");
        }
        String security = text.getOrDefault("security", "");
        if (!List.of("", "none", "sign", "encrypt").contains(security)) {
            throw new IllegalArgumentException(where + ".security must be \"none\", \"sign\" or \"encrypt\", was \""
                    + security + "\"");
        }
        return new ListenerChoice(enabled, port, text.get("bind"), text.get("security"), text.get("auth-file"),
                text.get("multicast-group"));
    }

    private static String string(JsonParser p, JsonToken t, String where) throws IOException {
        expect(t, JsonToken.VALUE_STRING, where);
        return p.getText();
    }

    private static void expect(JsonToken got, JsonToken want, String where) {
        if (got != want) {
            throw new IllegalArgumentException(where + " should be " + (want == JsonToken.START_OBJECT ? "an object"
                    : want == JsonToken.START_ARRAY ? "an array" : want == JsonToken.END_ARRAY ? "a list of the right kind"
                    : "a string") + ", found " + got);
        }
    }
}
