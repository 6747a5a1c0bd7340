package dev.pulsegrid.cli;

import dev.pulsegrid.cluster.MembershipLimits;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Memory bounds shared by watch and gui: how many nodes, and how long DEAD/LEFT ones are kept. */
public final class LimitOptions {
    @Option(names = "--max-nodes", paramLabel = "N", defaultValue = "500000",
            description = "Track at most N nodes; new ids beyond are refused and counted (default: ${DEFAULT-VALUE}).")
    int maxNodes = MembershipLimits.DEFAULT_MAX_NODES;

    @Option(names = "--forget-after", paramLabel = "DURATION", converter = DurationConverter.class, defaultValue = "1h",
            description = "Forget a DEAD or LEFT node this long after it turned so; 0s keeps them (default: ${DEFAULT-VALUE}).")
    Duration forgetAfter = MembershipLimits.DEFAULT_FORGET_AFTER;

    public MembershipLimits toLimits() {
        return new MembershipLimits(maxNodes, forgetAfter);
    }
}
