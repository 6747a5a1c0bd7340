package dev.pulsegrid.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code pulsegrid gui}: the desktop window (wired when the ui package lands). */
@Command(name = "gui", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        description = "Open the Pulsegrid window (the default command).")
public final class GuiCommand implements Callable<Integer> {
    @Override
    public Integer call() throws Exception {
        throw new OperatorException("the GUI is not part of this build yet");
    }
}
