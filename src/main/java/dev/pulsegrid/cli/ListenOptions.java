package dev.pulsegrid.cli;

import dev.pulsegrid.net.HostPort;
import dev.pulsegrid.net.MonitorConfig;
import java.net.InetSocketAddress;
import picocli.CommandLine.Option;

/** {@code --port} and {@code --bind}: where a monitor (watch or gui) listens for heartbeats. */
public final class ListenOptions {
    @Option(names = "--port", paramLabel = "PORT", defaultValue = "9797",
            description = "UDP port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = MonitorConfig.DEFAULT_PORT;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "0.0.0.0",
            description = "Address to listen on: 0.0.0.0 (all IPv4), :: (all IPv4+IPv6), or one interface (default: ${DEFAULT-VALUE}).")
    String bind = "0.0.0.0";

    /** @throws OperatorException naming the flag when the port or address is not usable */
    InetSocketAddress address() throws OperatorException {
        if (port < 0 || port > 65535) {
            throw new OperatorException("--port " + port + " is outside 0..65535");
        }
        try {
            return HostPort.parse(bind, "0.0.0.0", port);
        } catch (IllegalArgumentException e) {
            throw new OperatorException("--bind: " + e.getMessage());
        }
    }
}
