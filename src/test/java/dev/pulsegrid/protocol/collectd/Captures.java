package dev.pulsegrid.protocol.collectd;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The real collectd datagrams in src/test/resources/collectd (see the README there). */
final class Captures {
    static final String HOST = "pg-capture-host";
    static final String USER = "pulsegrid";
    static final String PASSWORD = "capture-secret";
    static final String[] LEVELS = {"none", "sign", "encrypt"};

    private Captures() {
    }

    static byte[] load(String name) {
        try (InputStream in = Captures.class.getResourceAsStream("/collectd/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /collectd/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All three datagrams captured at one security level ("none", "sign" or "encrypt"). */
    static List<byte[]> all(String level) {
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            out.add(load(String.format("%s-%03d.bin", level, i)));
        }
        return out;
    }

    static CollectdAuthFile rightAuth() {
        return CollectdAuthFile.parse(List.of("# captured with", USER + ": " + PASSWORD), "test");
    }
}
