package dev.pulsegrid.net.integrations;

import dev.pulsegrid.protocol.collectd.SecurityLevel;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How a collectd listener is asked for: {@code --collectd [ADDR:]PORT --collectd-security LEVEL
 * --collectd-auth FILE}, or the Integrations dialog.
 *
 * @param bind     address and port (0 = any free one)
 * @param level    what packets must be: none, sign or encrypt
 * @param authFile collectd-style AuthFile ("user: password" lines), or null
 */
public record CollectdSetup(InetSocketAddress bind, SecurityLevel level, Path authFile) {
    public CollectdSetup {
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(level, "level");
    }
}
