package dev.pulsegrid.cli;

import dev.pulsegrid.net.HostPort;
import dev.pulsegrid.net.MonitorConfig;
import java.net.InetSocketAddress;
import picocli.CommandLine;

/** {@code HOST:PORT} for targets; a missing host means 127.0.0.1, a missing port 9797. */
public final class HostPortConverter implements CommandLine.ITypeConverter<InetSocketAddress> {
    @Override
    public InetSocketAddress convert(String value) {
        try {
            return HostPort.parse(value, "127.0.0.1", MonitorConfig.DEFAULT_PORT);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
