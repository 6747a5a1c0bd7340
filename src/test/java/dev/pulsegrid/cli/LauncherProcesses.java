package dev.pulsegrid.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Real {@code pulsegrid} child JVMs for process-level tests, all killed on close. */
final class LauncherProcesses implements AutoCloseable {
    private final List<Process> processes = new ArrayList<>();
    private final List<String> appendedArgs;

    /** @param appendedArgs added after every command's own arguments (e.g. fast gossip timings) */
    LauncherProcesses(String... appendedArgs) {
        this.appendedArgs = List.of(appendedArgs);
    }

    Process launch(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "dev.pulsegrid.Launcher"));
        cmd.addAll(List.of(args));
        cmd.addAll(appendedArgs);
        Process p = new ProcessBuilder(cmd).start();
        processes.add(p);
        return p;
    }

    @Override
    public void close() {
        processes.forEach(Process::destroyForcibly);
    }
}
