package dev.pulsegrid.ui;

import dev.pulsegrid.net.integrations.CollectdSetup;
import dev.pulsegrid.net.integrations.GangliaSetup;
import dev.pulsegrid.protocol.collectd.SecurityLevel;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Integrations dialog's fields as listener setups. Every refusal is one line naming the field
 * and the fix. May resolve a host name: call it off the FX thread.
 */
final class ListenerForm {
    private ListenerForm() {
    }

    static CollectdSetup collectd(String port, String bind, SecurityLevel level, String authFile) {
        InetSocketAddress at = address("collectd", port, bind);
        Path auth = blank(authFile) ? null : Path.of(authFile.trim());
        if (auth != null && !Files.isReadable(auth)) {
            throw new IllegalArgumentException("collectd auth file " + auth + " cannot be read: check the path and permissions");
        }
        if (level != SecurityLevel.NONE && auth == null) {
            throw new IllegalArgumentException("collectd security " + level.label()
                    + " needs users and passwords: choose an auth file ('user: password' per line)");
        }
        return new CollectdSetup(at, level, auth);
    }

    static GangliaSetup ganglia(String port, String bind, String multicastGroup) {
        InetSocketAddress at = address("Ganglia", port, bind);
        InetAddress group = null;
        if (!blank(multicastGroup)) {
            group = host(multicastGroup, "Ganglia multicast group");
            if (!group.isMulticastAddress()) {
                throw new IllegalArgumentException("Ganglia multicast group " + multicastGroup.trim()
                        + " is not a multicast address: gmond's default is 239.2.11.71, or leave it empty");
            }
        }
        return new GangliaSetup(at, group, null);
    }

    /** Port 0..65535 (0: any free one), bind address empty for all interfaces. */
    static InetSocketAddress address(String what, String port, String bind) {
        String p = port == null ? "" : port.trim();
        int n;
        try {
            n = Integer.parseInt(p);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " port '" + p + "' is not a number: give 0 to 65535");
        }
        if (n < 0 || n > 65535) {
            throw new IllegalArgumentException(what + " port " + n + " is outside 0 to 65535: give a port in that range");
        }
        InetAddress addr = blank(bind) ? anyIpv4() : host(bind, what + " bind address");
        return new InetSocketAddress(addr, n);
    }

    private static InetAddress host(String text, String what) {
        try {
            return InetAddress.getByName(text.trim());
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(what + " '" + text.trim()
                    + "' is not an address of this machine: use an IP address such as 127.0.0.1, or leave it empty for all");
        }
    }

    private static InetAddress anyIpv4() {
        try {
            return InetAddress.getByAddress(new byte[4]);
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
