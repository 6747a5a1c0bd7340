package dev.pulsegrid.protocol.ganglia;

/** How gmond names hosts on the wire. */
public final class GangliaNames {
    private GangliaNames() {
    }

    /**
     * A spoofed host is sent as {@code IP:NAME} (gmetric -S, gmond's override_hostname). An IPv6
     * address has colons too, a host name never does: the name is what follows the last colon.
     */
    public static String spoofedName(String raw) {
        int colon = raw.lastIndexOf(':');
        return colon < 0 ? raw : raw.substring(colon + 1);
    }
}
