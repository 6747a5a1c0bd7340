package dev.pulsegrid.ui;

import dev.pulsegrid.net.BindFailedException;
import java.util.Locale;

/**
 * Something the operator must act on, said as a dialog says it: a one-line header naming the
 * problem, and the content naming the fix.
 */
record Problem(String problem, String fix) {

    /** The heartbeat socket could not be bound; the fixes offered in the window, not the command-line flags. */
    static Problem bind(BindFailedException e) {
        String where = "UDP " + e.address().getHostString() + ":" + e.address().getPort();
        String msg = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (msg.contains("already in use")) {
            return new Problem(where + " is already in use",
                    "Another Pulsegrid or monitor is listening there. Stop it, or retry on another port"
                            + " (agents must then send to that port). Without listening, the demo cluster still works.");
        }
        if (msg.contains("permission denied")) {
            return new Problem(where + ": permission denied",
                    "Ports below 1024 need privileges: retry on a port above 1023.");
        }
        if (msg.contains("no network interface has address")) {
            return new Problem("No network interface has address " + e.address().getHostString(),
                    "Start again with --bind 0.0.0.0 (all IPv4), --bind :: (all) or one of this machine's addresses."
                            + " Without listening, the demo cluster still works.");
        }
        return new Problem(where + " could not be bound", e.getMessage()
                + ". Retry on another port, or continue without listening: the demo cluster still works.");
    }

    /**
     * A listener of the Integrations dialog could not bind: one line with the fix the dialog offers
     * (its own port and address fields), not the command-line flag the net layer names.
     */
    static String listenerBind(BindFailedException e) {
        String where = "UDP " + e.address().getHostString() + ":" + e.address().getPort();
        String msg = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (msg.contains("already in use")) {
            return where + " is already in use: stop what listens there, or choose another port (0 picks a free one)";
        }
        if (msg.contains("permission denied")) {
            return where + ": permission denied; ports below 1024 need privileges, choose one above 1023";
        }
        if (msg.contains("no network interface has address")) {
            return "no network interface has address " + e.address().getHostString()
                    + ": leave the bind address empty (all interfaces) or use one of this machine's addresses";
        }
        return e.getMessage();
    }

    /**
     * A message written as "problem: fix" or "problem; fix" (the form every operator error here
     * takes) split in two; without either, the whole message is the problem and {@code fallbackFix} the fix.
     */
    static Problem of(String message, String fallbackFix) {
        String m = message == null ? "unknown error" : message.strip();
        int at = m.lastIndexOf("; ");
        int skip = 2;
        if (at < 0) {
            at = m.lastIndexOf(": ");
        }
        // "--metrics-port: port 99999 is outside 0..65535" names no fix: a lone flag is not a problem statement.
        if (at <= 0 || at + skip >= m.length() || !m.substring(0, at).contains(" ")) {
            return new Problem(capitalise(m), fallbackFix);
        }
        return new Problem(capitalise(m.substring(0, at)), sentence(m.substring(at + skip)));
    }

    private static String sentence(String s) {
        String c = capitalise(s.strip());
        return c.endsWith(".") ? c : c + ".";
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
