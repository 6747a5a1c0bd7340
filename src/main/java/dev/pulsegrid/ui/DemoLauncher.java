package dev.pulsegrid.ui;

/**
 * Starts the embedded demo cluster. Must return at once: the simulation runs on its own thread and
 * feeds the monitor in-process. Returns a short description for the status line.
 */
@FunctionalInterface
public interface DemoLauncher {
    String start(int nodes) throws Exception;
}
