package dev.pulsegrid.settings;

/**
 * A collectd or Ganglia listener as the operator last set it in the Integrations dialog: whether
 * it runs, and the fields it runs with, kept as the dialog's text so the dialog shows them back
 * as typed. Empty strings mean "not given" (all interfaces, no auth file, no multicast group).
 *
 * @param enabled  started at the next GUI start
 * @param port     0..65535 (0: any free port)
 * @param bind     bind address, empty for all interfaces
 * @param security collectd's security level label (none, sign, encrypt); empty for Ganglia
 * @param authFile collectd auth file path, or empty
 * @param group    Ganglia multicast group, or empty
 */
public record ListenerChoice(boolean enabled, int port, String bind, String security, String authFile, String group) {
    public ListenerChoice {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is outside 0 to 65535");
        }
        bind = bind == null ? "" : bind.strip();
        security = security == null ? "" : security.strip();
        authFile = authFile == null ? "" : authFile.strip();
        group = group == null ? "" : group.strip();
    }

    public static ListenerChoice collectd(boolean enabled, int port, String bind, String security, String authFile) {
        return new ListenerChoice(enabled, port, bind, security, authFile, "");
    }

    public static ListenerChoice ganglia(boolean enabled, int port, String bind, String group) {
        return new ListenerChoice(enabled, port, bind, "", "", group);
    }

    public ListenerChoice withEnabled(boolean on) {
        return new ListenerChoice(on, port, bind, security, authFile, group);
    }
}
