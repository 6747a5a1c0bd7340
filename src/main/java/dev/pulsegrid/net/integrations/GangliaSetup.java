package dev.pulsegrid.net.integrations;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Objects;

/**
 * How a gmond listener is asked for: {@code --ganglia [ADDR:]PORT --ganglia-multicast GROUP
 * --ganglia-interface NAME}, or the Integrations dialog.
 *
 * @param bind           address and port (0 = any free one)
 * @param group          multicast group to join, or null for unicast only
 * @param interfaceName  interface for the join, or null for the first suitable one
 */
public record GangliaSetup(InetSocketAddress bind, InetAddress group, String interfaceName) {
    public GangliaSetup {
        Objects.requireNonNull(bind, "bind");
        if (group != null && !group.isMulticastAddress()) {
            throw new IllegalArgumentException(group.getHostAddress()
                    + " is not a multicast address: gmond's default group is 239.2.11.71");
        }
    }
}
