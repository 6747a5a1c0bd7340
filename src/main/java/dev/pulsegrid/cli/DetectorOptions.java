package dev.pulsegrid.cli;

import dev.pulsegrid.detect.AdaptiveDetector;
import dev.pulsegrid.detect.AdaptiveSettings;
import dev.pulsegrid.detect.Durations;
import dev.pulsegrid.detect.FailureDetector;
import dev.pulsegrid.detect.FixedTimeoutDetector;
import dev.pulsegrid.detect.PhiAccrualDetector;
import dev.pulsegrid.detect.PhiAccrualSettings;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The detector flags shared by {@code watch}, {@code gui} and {@code replay} (a picocli mixin:
 * {@code @Mixin DetectorOptions detector;}), so a setting found in one is reproduced in another.
 * Defaults are those of the settings records; {@link #flagsFor} writes a detector back as flags.
 */
public final class DetectorOptions {

    /** Which detector decides. */
    public enum Kind { fixed, phi, adaptive }

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--detector", defaultValue = "fixed", paramLabel = "KIND",
            description = "Failure detector: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Kind kind = Kind.fixed;

    @Option(names = "--suspect-after", defaultValue = "3s", converter = DurationConverter.class, paramLabel = "DURATION",
            description = "fixed: SUSPECT after this silence; adaptive: the same until a node has history (default: ${DEFAULT-VALUE}).")
    Duration suspectAfter = FixedTimeoutDetector.DEFAULT_SUSPECT_AFTER;

    @Option(names = "--dead-after", defaultValue = "10s", converter = DurationConverter.class, paramLabel = "DURATION",
            description = "fixed: DEAD after this silence; adaptive: the same until a node has history, and the least it waits "
                    + "while a node's long gaps outrun --prior-pause and are too few to fit (default: ${DEFAULT-VALUE}).")
    Duration deadAfter = FixedTimeoutDetector.DEFAULT_DEAD_AFTER;

    @Option(names = "--phi-suspect", defaultValue = "5", paramLabel = "PHI",
            description = "phi: SUSPECT at this phi (default: ${DEFAULT-VALUE}).")
    double phiSuspect = PhiAccrualSettings.DEFAULT_SUSPECT_THRESHOLD;

    @Option(names = "--phi-dead", defaultValue = "8", paramLabel = "PHI",
            description = "phi: DEAD at this phi; Akka convicts at 8 (default: ${DEFAULT-VALUE}).")
    double phiDead = PhiAccrualSettings.DEFAULT_DEAD_THRESHOLD;

    @Option(names = "--min-std-dev", defaultValue = "100ms", converter = DurationConverter.class, paramLabel = "DURATION",
            description = "phi: floor of the gap standard deviation (default: ${DEFAULT-VALUE}).")
    Duration minStdDev = PhiAccrualSettings.DEFAULT_MIN_STD_DEV;

    @Option(names = "--acceptable-pause", defaultValue = "3s", converter = DurationConverter.class, paramLabel = "DURATION",
            description = "phi: silence added to the mean gap before phi rises (default: ${DEFAULT-VALUE}).")
    Duration acceptablePause = PhiAccrualSettings.DEFAULT_ACCEPTABLE_PAUSE;

    @Option(names = "--window", defaultValue = "200", paramLabel = "GAPS",
            description = "phi: gaps kept per node for mean and deviation (default: ${DEFAULT-VALUE}).")
    int window = PhiAccrualSettings.DEFAULT_MAX_SAMPLE_SIZE;

    @Option(names = "--first-heartbeat", defaultValue = "1s", converter = DurationConverter.class, paramLabel = "DURATION",
            description = "phi: assumed mean gap before a node has two gaps (default: ${DEFAULT-VALUE}).")
    Duration firstHeartbeat = PhiAccrualSettings.DEFAULT_FIRST_HEARTBEAT_ESTIMATE;

    @Option(names = "--false-suspect-every", defaultValue = "1d", converter = DurationConverter.class, paramLabel = "DURATION",
            description = "adaptive: budget of one false SUSPECT per node per this long (default: ${DEFAULT-VALUE}).")
    Duration falseSuspectEvery = AdaptiveSettings.DEFAULT_FALSE_SUSPECT_EVERY;

    @Option(names = "--false-dead-every", defaultValue = "365d", converter = DurationConverter.class, paramLabel = "DURATION",
            description = "adaptive: budget of one false DEAD per node per this long (default: ${DEFAULT-VALUE}).")
    Duration falseDeadEvery = AdaptiveSettings.DEFAULT_FALSE_DEAD_EVERY;

    @Option(names = "--min-history", defaultValue = "60", paramLabel = "GAPS",
            description = "adaptive: gaps a node must show before its own thresholds replace the fixed ones (default: ${DEFAULT-VALUE}).")
    int minHistory = AdaptiveSettings.DEFAULT_MIN_HISTORY;

    @Option(names = "--tail-samples", defaultValue = "10", paramLabel = "GAPS",
            description = "adaptive: longest gaps the tail fit uses (default: ${DEFAULT-VALUE}).")
    int tailSamples = AdaptiveSettings.DEFAULT_TAIL_SAMPLES;

    @Option(names = "--margin", defaultValue = "0.1", paramLabel = "FRACTION",
            description = "adaptive: safety margin on the estimated silence beyond one interval, 0.1 = 10%% (default: ${DEFAULT-VALUE}).")
    double margin = AdaptiveSettings.DEFAULT_MARGIN;

    @Option(names = "--prior-pause", defaultValue = "3s", converter = DurationConverter.class, paramLabel = "DURATION",
            description = "adaptive: stall assumed possible until a node has shown enough long gaps (default: ${DEFAULT-VALUE}).")
    Duration priorPause = AdaptiveSettings.DEFAULT_PRIOR_PAUSE;

    private static final List<String> PHI_ONLY = List.of("--phi-suspect", "--phi-dead", "--min-std-dev",
            "--acceptable-pause", "--window", "--first-heartbeat");
    private static final List<String> ADAPTIVE_ONLY = List.of("--false-suspect-every", "--false-dead-every",
            "--min-history", "--tail-samples", "--margin", "--prior-pause");

    public Kind kind() {
        return kind;
    }

    /**
     * The detector these flags describe.
     *
     * @throws CommandLine.ParameterException (exit code 2 under picocli) naming the flag at fault,
     *         when a value is inconsistent or a flag belongs to another detector
     */
    public FailureDetector toDetector() {
        rejectFlagsOfOtherDetectors();
        try {
            FixedTimeoutDetector fixed = new FixedTimeoutDetector(suspectAfter, deadAfter);
            return switch (kind) {
                case fixed -> fixed;
                case phi -> new PhiAccrualDetector(new PhiAccrualSettings(phiSuspect, phiDead, minStdDev, acceptablePause,
                        window, firstHeartbeat));
                case adaptive -> new AdaptiveDetector(new AdaptiveSettings(falseSuspectEvery, falseDeadEvery, minHistory,
                        tailSamples, margin, priorPause, fixed));
            };
        } catch (IllegalArgumentException e) {
            throw usageError(e.getMessage());
        }
    }

    private void rejectFlagsOfOtherDetectors() {
        if (mixee == null || mixee.commandLine() == null || mixee.commandLine().getParseResult() == null) {
            return;
        }
        CommandLine.ParseResult parsed = mixee.commandLine().getParseResult();
        for (String flag : kind == Kind.phi ? ADAPTIVE_ONLY : kind == Kind.adaptive ? PHI_ONLY : concat()) {
            if (parsed.hasMatchedOption(flag)) {
                throw usageError(flag + " does not apply to --detector " + kind + "; add --detector "
                        + (PHI_ONLY.contains(flag) ? "phi" : "adaptive") + " or drop the flag");
            }
        }
        if (kind == Kind.phi) {
            for (String flag : List.of("--suspect-after", "--dead-after")) {
                if (parsed.hasMatchedOption(flag)) {
                    throw usageError(flag + " does not apply to --detector phi; use --phi-suspect/--phi-dead, or --detector fixed");
                }
            }
        }
    }

    private static List<String> concat() {
        return java.util.stream.Stream.concat(PHI_ONLY.stream(), ADAPTIVE_ONLY.stream()).toList();
    }

    private RuntimeException usageError(String message) {
        if (mixee != null && mixee.commandLine() != null) {
            return new CommandLine.ParameterException(mixee.commandLine(), message);
        }
        return new IllegalArgumentException(message);
    }

    /** The flags that reproduce {@code d} on any command (e.g. to show beside a setting found in the GUI). */
    public static String flagsFor(FailureDetector d) {
        if (d instanceof FixedTimeoutDetector f) {
            return "--detector fixed --suspect-after " + Durations.format(f.suspectAfter())
                    + " --dead-after " + Durations.format(f.deadAfter());
        }
        if (d instanceof PhiAccrualDetector p) {
            PhiAccrualSettings s = p.settings();
            return String.format(Locale.ROOT, "--detector phi --phi-suspect %s --phi-dead %s --min-std-dev %s "
                            + "--acceptable-pause %s --window %d --first-heartbeat %s", number(s.suspectThreshold()),
                    number(s.deadThreshold()), Durations.format(s.minStdDev()), Durations.format(s.acceptablePause()),
                    s.maxSampleSize(), Durations.format(s.firstHeartbeatEstimate()));
        }
        if (d instanceof AdaptiveDetector a) {
            AdaptiveSettings s = a.settings();
            return String.format(Locale.ROOT, "--detector adaptive --false-suspect-every %s --false-dead-every %s "
                            + "--min-history %d --tail-samples %d --margin %s --prior-pause %s --suspect-after %s --dead-after %s",
                    Durations.format(s.falseSuspectEvery()), Durations.format(s.falseDeadEvery()), s.minHistory(),
                    s.tailSamples(), number(s.margin()), Durations.format(s.priorPause()), Durations.format(s.fallback().suspectAfter()),
                    Durations.format(s.fallback().deadAfter()));
        }
        throw new IllegalArgumentException("no flags for " + d.describe());
    }

    /** Whether any detector flag was given on this command line (it then wins over stored settings). */
    public boolean given() {
        if (mixee == null || mixee.commandLine() == null || mixee.commandLine().getParseResult() == null) {
            return false;
        }
        CommandLine.ParseResult parsed = mixee.commandLine().getParseResult();
        return DETECTOR_FLAGS.stream().anyMatch(parsed::hasMatchedOption);
    }

    private static final List<String> DETECTOR_FLAGS = java.util.stream.Stream.concat(
            java.util.stream.Stream.of("--detector", "--suspect-after", "--dead-after"), concat().stream()).toList();

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
