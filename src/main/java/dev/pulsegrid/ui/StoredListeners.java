package dev.pulsegrid.ui;

import dev.pulsegrid.net.BindFailedException;
import dev.pulsegrid.net.integrations.SourceSwitch;
import dev.pulsegrid.protocol.collectd.SecurityLevel;
import dev.pulsegrid.settings.ListenerChoice;
import dev.pulsegrid.settings.Settings;
import java.util.ArrayList;
import java.util.List;

/**
 * The collectd and Ganglia listeners the operator left on in the Integrations dialog, started
 * again at the next GUI start through the same form the dialog uses, so they fail the same way
 * (busy port, unreadable auth file) and say so in the same words. Binds sockets: call off the FX thread.
 */
final class StoredListeners {
    private StoredListeners() {
    }

    /** Starts each enabled listener of {@code s}; returns one line per listener that could not start (it stays off). */
    static List<String> start(Settings s, SourceSwitch sources) {
        List<String> failed = new ArrayList<>();
        ListenerChoice c = s.collectd();
        if (c != null && c.enabled()) {
            try {
                SecurityLevel level = c.security().isEmpty() ? SecurityLevel.NONE : SecurityLevel.parse(c.security());
                sources.startCollectd(ListenerForm.collectd(String.valueOf(c.port()), c.bind(), level, c.authFile()));
            } catch (Exception e) {
                failed.add("The stored collectd listener did not start: " + reason(e));
            }
        }
        ListenerChoice g = s.ganglia();
        if (g != null && g.enabled()) {
            try {
                sources.startGanglia(ListenerForm.ganglia(String.valueOf(g.port()), g.bind(), g.group()));
            } catch (Exception e) {
                failed.add("The stored Ganglia listener did not start: " + reason(e));
            }
        }
        return failed;
    }

    private static String reason(Exception e) {
        return e instanceof BindFailedException b ? Problem.listenerBind(b) : e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
