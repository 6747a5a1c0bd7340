package dev.pulsegrid.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a small desktop query command (gdbus, gsettings) and returns what it printed, or null when it
 * is not installed, fails, or does not answer in time: a missing session bus must never hang the
 * caller. Blocking: call it off the FX thread.
 */
final class CommandOutput {
    private CommandOutput() {
    }

    static String run(List<String> command, Duration timeout) {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            return null;
        }
        try {
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                return null;
            }
            if (p.exitValue() != 0) {
                return null;
            }
            try (InputStream in = p.getInputStream()) {
                // the answers are one short line; a bound keeps a misbehaving command from costing memory
                return new String(in.readNBytes(4096), StandardCharsets.UTF_8);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            return null;
        } catch (IOException e) {
            return null;
        }
    }
}
