package dev.pulsegrid;

/**
 * Plain entry point for the runnable jar: JavaFX refuses to start from a jar whose main class
 * extends Application when JavaFX is on the class path, so the jar starts here.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(dev.pulsegrid.cli.PulsegridCommand.run(args));
    }
}
