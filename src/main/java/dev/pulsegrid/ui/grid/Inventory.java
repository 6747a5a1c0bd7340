package dev.pulsegrid.ui.grid;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The nodes an operator expects, so that a node that never reported shows as MISSING instead of
 * not at all. File format: one node per line, {@code id [key=value ...]}; blank lines and lines
 * starting with {@code #} are ignored.
 */
public record Inventory(List<Entry> entries) {
    public static final Inventory NONE = new Inventory(List.of());

    public record Entry(String id, Map<String, String> meta) {
    }

    public static Inventory read(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
    }

    /** @throws IllegalArgumentException naming the line when a metadata item is not key=value */
    public static Inventory parse(List<String> lines, String source) {
        List<Entry> out = new ArrayList<>();
        Map<String, Boolean> seen = new LinkedHashMap<>();
        int lineNo = 0;
        for (String raw : lines) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+");
            Map<String, String> meta = new LinkedHashMap<>();
            for (int i = 1; i < parts.length; i++) {
                int eq = parts[i].indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException(source + ":" + lineNo + ": '" + parts[i]
                            + "' is not key=value (write: node-id role=db zone=eu-1)");
                }
                meta.put(parts[i].substring(0, eq), parts[i].substring(eq + 1));
            }
            if (seen.putIfAbsent(parts[0], Boolean.TRUE) == null) {
                out.add(new Entry(parts[0], Map.copyOf(meta)));
            }
        }
        return new Inventory(List.copyOf(out));
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
