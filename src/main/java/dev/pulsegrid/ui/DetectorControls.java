package dev.pulsegrid.ui;

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
import java.util.function.IntSupplier;

/**
 * The parameters of each detector as {@link TuningControl}s, in the units and under the flag names
 * of {@code cli.DetectorOptions}, and the detector they describe. The first two of each kind sit in
 * the panel's row; the rest behind "More". Upper bounds of ordered pairs (dead after suspect) are
 * taken as at least the lower one, so a half-dragged pair still describes a valid detector.
 */
final class DetectorControls {
    private static final double HOUR_MS = 3_600_000;

    /** Which detector the panel edits; names as {@code --detector} takes them. */
    enum Kind { fixed, phi, adaptive }

    final TuningControl suspect;
    final TuningControl dead;
    final TuningControl phiSuspect;
    final TuningControl phiDead;
    final TuningControl minStdDev;
    final TuningControl acceptablePause;
    final TuningControl window;
    final TuningControl firstHeartbeat;
    final TuningControl falseSuspectEvery;
    final TuningControl falseDeadEvery;
    final TuningControl fallbackSuspect;
    final TuningControl fallbackDead;
    final TuningControl minHistory;
    final TuningControl tailSamples;
    final TuningControl margin;
    final TuningControl priorPause;

    /** Starts from {@code initial}'s settings for its kind and the defaults for the others. */
    DetectorControls(FailureDetector initial, IntSupplier intervalMs) {
        FixedTimeoutDetector f = initial instanceof FixedTimeoutDetector x ? x : FixedTimeoutDetector.defaults();
        PhiAccrualSettings p = initial instanceof PhiAccrualDetector x ? x.settings() : PhiAccrualSettings.defaults();
        AdaptiveSettings a = initial instanceof AdaptiveDetector x ? x.settings() : AdaptiveSettings.defaults();
        suspect = control("suspect", "Suspect after", "--suspect-after", "s", 0.2, 30, 0.1, false, sec(f.suspectAfter()));
        dead = control("dead", "Dead after", "--dead-after", "s", 0.5, 120, 0.5, false, sec(f.deadAfter()));
        phiSuspect = control("phiSuspect", "Suspect at phi", "--phi-suspect", "", 0.5, 20, 0.1, false, p.suspectThreshold());
        phiDead = control("phiDead", "Dead at phi", "--phi-dead", "", 0.5, 20, 0.1, false, p.deadThreshold());
        minStdDev = control("minStdDev", "Min std deviation", "--min-std-dev", "ms", 1, 5000, 1, true, ms(p.minStdDev()));
        acceptablePause = control("acceptablePause", "Acceptable pause", "--acceptable-pause", "s", 0, 60, 0.1, false,
                sec(p.acceptablePause()));
        window = control("window", "Sample window", "--window", "gaps", 2, 5000, 1, true, p.maxSampleSize());
        firstHeartbeat = control("firstHeartbeat", "First heartbeat", "--first-heartbeat", "s", 0.1, 60, 0.1, false,
                sec(p.firstHeartbeatEstimate()));
        falseSuspectEvery = control("falseSuspectEvery", "One false SUSPECT per node per", "--false-suspect-every", "h",
                0.1, 24 * 365, 0.1, true, a.falseSuspectEvery().toMillis() / HOUR_MS);
        falseDeadEvery = control("falseDeadEvery", "One false DEAD per node per", "--false-dead-every", "h",
                1, 24 * 365 * 10, 1, true, a.falseDeadEvery().toMillis() / HOUR_MS);
        fallbackSuspect = control("fallbackSuspect", "Fallback suspect after", "--suspect-after", "s", 0.2, 30, 0.1, false,
                sec(a.fallback().suspectAfter()));
        fallbackDead = control("fallbackDead", "Fallback dead after", "--dead-after", "s", 0.5, 120, 0.5, false,
                sec(a.fallback().deadAfter()));
        minHistory = control("minHistory", "Own thresholds after", "--min-history", "gaps", 2, 5000, 1, true, a.minHistory());
        tailSamples = control("tailSamples", "Tail fit on", "--tail-samples", "gaps", 2, 200, 1, false, a.tailSamples());
        margin = control("margin", "Safety margin", "--margin", "×", 0, 10, 0.01, false, a.margin());
        priorPause = control("priorPause", "Prior pause", "--prior-pause", "s", 0, 60, 0.1, false, sec(a.priorPause()));
        for (TuningControl c : List.of(suspect, dead, fallbackSuspect, fallbackDead)) {
            c.hint(v -> missedBeats(v, intervalMs.getAsInt()));
        }
        falseSuspectEvery.hint(v -> "= one per " + Durations.format(hours(v)));
        falseDeadEvery.hint(v -> "= one per " + Durations.format(hours(v)));
    }

    /** Shows {@code d}'s settings in the controls of its kind, quietly (nothing is applied). */
    void load(FailureDetector d) {
        List<TuningControl> mine = all();
        List<TuningControl> theirs = new DetectorControls(d, () -> 0).all();
        for (int i = 0; i < mine.size(); i++) {
            mine.get(i).setQuietly(theirs.get(i).value());
        }
    }

    private static TuningControl control(String id, String label, String flag, String unit, double min, double max,
                                         double step, boolean log, double value) {
        return new TuningControl(id, label, flag, unit, Math.min(min, value), Math.max(max, value), step, log, value);
    }

    /** The row's controls of a kind, then the ones behind "More". */
    List<TuningControl> main(Kind k) {
        return switch (k) {
            case fixed -> List.of(suspect, dead);
            case phi -> List.of(phiSuspect, phiDead);
            case adaptive -> List.of(falseSuspectEvery, falseDeadEvery);
        };
    }

    List<TuningControl> more(Kind k) {
        return switch (k) {
            case fixed -> List.of();
            case phi -> List.of(minStdDev, acceptablePause, window, firstHeartbeat);
            case adaptive -> List.of(fallbackSuspect, fallbackDead, minHistory, tailSamples, margin, priorPause);
        };
    }

    List<TuningControl> all() {
        return List.of(suspect, dead, phiSuspect, phiDead, minStdDev, acceptablePause, window, firstHeartbeat,
                falseSuspectEvery, falseDeadEvery, fallbackSuspect, fallbackDead, minHistory, tailSamples, margin, priorPause);
    }

    /** Ordered pairs (lower, upper): moving one past the other pushes the other along. */
    List<TuningControl[]> orderedPairs() {
        return List.of(new TuningControl[] {suspect, dead}, new TuningControl[] {phiSuspect, phiDead},
                new TuningControl[] {falseSuspectEvery, falseDeadEvery}, new TuningControl[] {fallbackSuspect, fallbackDead});
    }

    /**
     * The detector the controls of {@code k} describe now.
     *
     * @throws IllegalArgumentException when the values are not a valid setting (the message says why)
     */
    FailureDetector detector(Kind k) {
        return switch (k) {
            case fixed -> fixed(suspect, dead);
            case phi -> new PhiAccrualDetector(new PhiAccrualSettings(phiSuspect.value(),
                    Math.max(phiSuspect.value(), phiDead.value()), millis(minStdDev.value()),
                    Duration.ofMillis(Math.round(acceptablePause.value() * 1000)), (int) window.value(),
                    Duration.ofMillis(Math.round(firstHeartbeat.value() * 1000))));
            case adaptive -> new AdaptiveDetector(new AdaptiveSettings(hours(falseSuspectEvery.value()),
                    hours(Math.max(falseSuspectEvery.value(), falseDeadEvery.value())), (int) minHistory.value(),
                    (int) tailSamples.value(), margin.value(), Duration.ofMillis(Math.round(priorPause.value() * 1000)),
                    fixed(fallbackSuspect, fallbackDead)));
        };
    }

    static Kind kindOf(FailureDetector d) {
        return d instanceof PhiAccrualDetector ? Kind.phi : d instanceof AdaptiveDetector ? Kind.adaptive : Kind.fixed;
    }

    private static FixedTimeoutDetector fixed(TuningControl s, TuningControl d) {
        long suspectMs = Math.round(s.value() * 1000);
        return new FixedTimeoutDetector(Duration.ofMillis(suspectMs),
                Duration.ofMillis(Math.max(suspectMs, Math.round(d.value() * 1000))));
    }

    /** A silence read as heartbeats missed at the nodes' usual interval: "≈ 3 missed @1s". */
    static String missedBeats(double seconds, int intervalMs) {
        if (intervalMs <= 0) {
            return "";
        }
        double beats = seconds * 1000 / intervalMs;
        return String.format(Locale.ROOT, beats < 10 ? "≈ %.1f missed @%s" : "≈ %.0f missed @%s", beats,
                Durations.format(Duration.ofMillis(intervalMs)));
    }

    private static Duration hours(double h) {
        return Duration.ofMillis(Math.round(h * HOUR_MS));
    }

    private static Duration millis(double ms) {
        return Duration.ofMillis(Math.round(ms));
    }

    private static double sec(Duration d) {
        return d.toMillis() / 1000.0;
    }

    private static double ms(Duration d) {
        return d.toMillis();
    }
}
