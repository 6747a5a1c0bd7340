package dev.pulsegrid.protocol;

/** A keyring file that cannot be used; names the line (0 when the problem is the file as a whole). */
public final class KeyringFormatException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;

    public KeyringFormatException(int line, String problem) {
        super(line > 0 ? "line " + line + ": " + problem : problem);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
