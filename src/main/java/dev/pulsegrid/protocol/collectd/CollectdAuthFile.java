package dev.pulsegrid.protocol.collectd;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Users and passwords in collectd's {@code AuthFile} format: one {@code user: password} per line,
 * blank lines and {@code #} comments ignored. The same file can be shared with a collectd server.
 */
public final class CollectdAuthFile {
    private final Map<String, String> passwords;

    private CollectdAuthFile(Map<String, String> passwords) {
        this.passwords = Map.copyOf(passwords);
    }

    public static CollectdAuthFile empty() {
        return new CollectdAuthFile(Map.of());
    }

    public static CollectdAuthFile of(Map<String, String> passwords) {
        return new CollectdAuthFile(passwords);
    }

    /** @throws IllegalArgumentException naming the file and line when a line is not {@code user: password} */
    public static CollectdAuthFile load(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
    }

    public static CollectdAuthFile parse(List<String> lines, String name) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            String user = colon < 0 ? "" : line.substring(0, colon).strip();
            String password = colon < 0 ? "" : line.substring(colon + 1).strip();
            if (user.isEmpty() || password.isEmpty()) {
                throw new IllegalArgumentException(name + ":" + (i + 1)
                        + ": expected 'user: password' (collectd AuthFile format)");
            }
            m.put(user, password);
        }
        return new CollectdAuthFile(m);
    }

    public Optional<String> password(String user) {
        return Optional.ofNullable(passwords.get(user));
    }

    public boolean isEmpty() {
        return passwords.isEmpty();
    }

    public int size() {
        return passwords.size();
    }
}
