package dev.pulsegrid.ui;

/**
 * Whether the monitor is receiving: where it listens, or why it could not. Shown in the summary bar,
 * and an error becomes a banner with the fix instead of a stack trace.
 *
 * @param address "0.0.0.0:9797" when listening, null while starting or after failing
 * @param port    the bound port (for the agent command in the empty-state hint), or the requested one
 * @param error   one readable sentence, or null
 */
public record ListenStatus(String address, int port, String error) {

    public static ListenStatus starting(int port) {
        return new ListenStatus(null, port, null);
    }

    public static ListenStatus listening(String address, int port) {
        return new ListenStatus(address, port, null);
    }

    public static ListenStatus failed(int port, String error) {
        return new ListenStatus(null, port, error);
    }

    public boolean isListening() {
        return address != null;
    }

    /** The command that makes a node appear, with the real port. */
    public String agentCommand() {
        return "java -jar target/pulsegrid.jar agent --id web-1 --to 127.0.0.1:" + (port == 0 ? "PORT" : port);
    }
}
