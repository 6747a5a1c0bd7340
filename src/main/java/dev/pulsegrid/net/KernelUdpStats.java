package dev.pulsegrid.net;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The kernel's own UDP counters (Linux {@code /proc/net/snmp}): datagrams the kernel dropped because
 * a socket's receive buffer was full never reach us, so only the kernel can tell us about them.
 */
public final class KernelUdpStats {
    private static final Path SNMP = Path.of("/proc/net/snmp");

    private KernelUdpStats() {
    }

    /** System-wide UDP {@code RcvbufErrors}, or -1 where the OS does not expose it. */
    public static long receiveBufferErrors() {
        return read(SNMP, "RcvbufErrors");
    }

    static long read(Path file, String column) {
        try {
            return parse(Files.readAllLines(file), column);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Finds {@code column} in the "Udp:" header line and returns the value under it in the next "Udp:" line. */
    static long parse(List<String> lines, String column) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            String header = lines.get(i);
            String values = lines.get(i + 1);
            if (header.startsWith("Udp:") && values.startsWith("Udp:")) {
                String[] h = header.trim().split("\\s+");
                String[] v = values.trim().split("\\s+");
                for (int c = 1; c < h.length && c < v.length; c++) {
                    if (h[c].equals(column)) {
                        return Long.parseLong(v[c]);
                    }
                }
            }
        }
        return -1;
    }
}
