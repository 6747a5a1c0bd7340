package dev.pulsegrid.net;

import java.net.InetSocketAddress;

/** Parses what operators type for an address: {@code host:port}, {@code [::1]:9797}, {@code :9797}, or a bare host. */
public final class HostPort {
    private HostPort() {
    }

    /**
     * @param text        the address as typed
     * @param defaultHost host when the text is ":port" or empty
     * @param defaultPort port when the text has none (-1: a port is required)
     * @throws IllegalArgumentException with a message that shows the accepted forms
     */
    public static InetSocketAddress parse(String text, String defaultHost, int defaultPort) {
        String t = text == null ? "" : text.trim();
        String host;
        String port = null;
        if (t.startsWith("[")) {
            int close = t.indexOf(']');
            if (close < 0) {
                throw bad(text, "missing ']' after an IPv6 address");
            }
            host = t.substring(1, close);
            String rest = t.substring(close + 1);
            if (rest.startsWith(":")) {
                port = rest.substring(1);
            } else if (!rest.isEmpty()) {
                throw bad(text, "unexpected '" + rest + "' after ']'");
            }
        } else {
            int colon = t.lastIndexOf(':');
            if (colon >= 0 && t.indexOf(':') != colon) {
                host = t; // a bare IPv6 address, no port
            } else if (colon >= 0) {
                host = t.substring(0, colon);
                port = t.substring(colon + 1);
            } else {
                host = t;
            }
        }
        if (host.isEmpty()) {
            host = defaultHost;
        }
        int p;
        if (port == null || port.isEmpty()) {
            if (defaultPort < 0) {
                throw bad(text, "a port is required");
            }
            p = defaultPort;
        } else {
            p = parsePort(port, text);
        }
        InetSocketAddress addr = new InetSocketAddress(host, p);
        if (addr.isUnresolved()) {
            throw new IllegalArgumentException("cannot resolve host '" + host + "' in '" + text + "'");
        }
        return addr;
    }

    public static int parsePort(String port, String context) {
        try {
            int p = Integer.parseInt(port);
            if (p < 0 || p > 65535) {
                throw bad(context, "port " + p + " is outside 0..65535");
            }
            return p;
        } catch (NumberFormatException e) {
            throw bad(context, "'" + port + "' is not a port number");
        }
    }

    private static IllegalArgumentException bad(String text, String why) {
        return new IllegalArgumentException("'" + text + "' is not an address (" + why
                + "): use HOST:PORT, e.g. 127.0.0.1:9797 or [::1]:9797");
    }

    /** "127.0.0.1:9797" or "[::1]:9797". */
    public static String format(InetSocketAddress a) {
        String h = a.getAddress() != null ? a.getAddress().getHostAddress() : a.getHostString();
        return (h.contains(":") ? "[" + h + "]" : h) + ":" + a.getPort();
    }
}
