package dev.pulsegrid.cluster;

import java.net.InetSocketAddress;

/** "10.0.0.1:7946": how node addresses read in events, reasons and views (no DNS lookups). */
final class AddressText {
    private AddressText() {
    }

    static String of(InetSocketAddress a) {
        return (a.getAddress() == null ? a.getHostString() : a.getAddress().getHostAddress()) + ":" + a.getPort();
    }
}
