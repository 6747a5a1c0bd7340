package dev.pulsegrid.protocol.ganglia;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The real gmond datagrams in src/test/resources/ganglia (see the README there). */
final class GangliaCaptures {
    static final int SPOOFED_COUNT = 56;
    static final int PLAIN_COUNT = 36;

    private GangliaCaptures() {
    }

    static List<byte[]> all(String folder, int count) {
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = String.format("/ganglia/%s/%03d.bin", folder, i);
            try (InputStream in = GangliaCaptures.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("missing test resource " + name);
                }
                out.add(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    static List<byte[]> spoofed() {
        return all("spoofed", SPOOFED_COUNT);
    }

    static List<byte[]> plain() {
        return all("plain", PLAIN_COUNT);
    }
}
