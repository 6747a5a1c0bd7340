package dev.pulsegrid.cli;

/** A failure the operator can fix; the message names the problem and the fix. Exit code 2. */
public final class OperatorException extends Exception {
    public OperatorException(String message) {
        super(message);
    }

    public OperatorException(String message, Throwable cause) {
        super(message, cause);
    }
}
