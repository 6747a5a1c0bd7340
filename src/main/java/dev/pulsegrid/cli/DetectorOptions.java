package dev.pulsegrid.cli;

import dev.pulsegrid.detect.FailureDetector;
import dev.pulsegrid.detect.FixedTimeoutDetector;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Detector flags shared by watch, gui and replay, so a setting found in one reproduces in the others. */
public final class DetectorOptions {
    public enum Kind { fixed, phi }

    @Option(names = "--detector", paramLabel = "KIND", defaultValue = "fixed",
            description = "Failure detector: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Kind kind = Kind.fixed;

    @Option(names = "--suspect-after", paramLabel = "DURATION", converter = DurationConverter.class,
            defaultValue = "3s", description = "fixed: silence before SUSPECT (default: ${DEFAULT-VALUE}).")
    Duration suspectAfter = FixedTimeoutDetector.DEFAULT_SUSPECT_AFTER;

    @Option(names = "--dead-after", paramLabel = "DURATION", converter = DurationConverter.class,
            defaultValue = "10s", description = "fixed: silence before DEAD (default: ${DEFAULT-VALUE}).")
    Duration deadAfter = FixedTimeoutDetector.DEFAULT_DEAD_AFTER;

    /** @throws IllegalArgumentException naming the bad combination */
    public FailureDetector toDetector() {
        if (kind == Kind.phi) {
            throw new IllegalArgumentException("--detector phi is not available in this build yet");
        }
        return new FixedTimeoutDetector(suspectAfter, deadAfter);
    }
}
