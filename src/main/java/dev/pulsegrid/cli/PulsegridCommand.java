package dev.pulsegrid.cli;

/** Placeholder until the CLI lands (being written in the spine issue). */
public final class PulsegridCommand {
    private PulsegridCommand() {
    }

    public static int run(String[] args) {
        System.err.println("pulsegrid: CLI not wired yet");
        return 2;
    }
}
