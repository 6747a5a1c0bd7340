package dev.pulsegrid.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code pulsegrid simulate} (wired when the sim package lands). */
@Command(name = "simulate", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        description = "Send heartbeats from a simulated cluster.")
public final class SimulateCommand implements Callable<Integer> {
    @Override
    public Integer call() throws Exception {
        throw new OperatorException("simulate is not part of this build yet");
    }
}
