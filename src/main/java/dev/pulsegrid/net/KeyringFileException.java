package dev.pulsegrid.net;

/** A keyring file that cannot be used; the message is one line naming the file, the problem and the fix. */
public final class KeyringFileException extends Exception {
    private static final long serialVersionUID = 1L;

    public KeyringFileException(String message) {
        super(message);
    }
}
