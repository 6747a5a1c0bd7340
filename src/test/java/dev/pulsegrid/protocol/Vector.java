package dev.pulsegrid.protocol;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One line of a test-vector file under src/test/resources/vectors: {@code name | hex | expected}. */
record Vector(String name, byte[] bytes, String expected) {

    @Override
    public String toString() {
        return name;
    }

    static List<Vector> load(String resource) {
        InputStream in = Vector.class.getResourceAsStream("/vectors/" + resource);
        if (in == null) {
            throw new IllegalStateException("missing test resource vectors/" + resource);
        }
        List<Vector> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\|", 3);
                if (parts.length != 3) {
                    throw new IllegalStateException(resource + ": not 'name | hex | expected': " + line);
                }
                String hex = parts[1].replace(" ", "");
                byte[] bytes = hex.equals("-") ? new byte[0] : HexFormat.of().parseHex(hex);
                out.add(new Vector(parts[0].trim(), bytes, parts[2].trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The canonical text of a heartbeat used in valid.txt. */
    static String describe(Heartbeat hb) {
        Map<String, String> sorted = new TreeMap<>(hb.meta());
        return hb.type() + " id=" + hb.nodeId() + " inc=" + hb.incarnation() + " seq=" + hb.sequence()
                + " ts=" + hb.sentAtMillis() + " interval=" + hb.intervalHintMillis() + " meta=" + sorted;
    }
}
