package dev.pulsegrid.detect;

import java.time.Duration;

/**
 * Settings of the {@link AdaptiveDetector}, stated as consequences: how often a healthy node may be
 * falsely suspected, and falsely declared dead.
 *
 * <p>Defaults, and why:
 * <ul>
 *   <li>one false SUSPECT per node per day: a SUSPECT costs an operator a glance;</li>
 *   <li>one false DEAD per node per year: DEAD triggers failover and pages people, and the budget
 *       is per node: across 1,000 nodes one per week would be 140 false DEADs a day, one per year
 *       is about three. On a link losing one heartbeat in a thousand it tolerates two losses in a
 *       row, on one losing one in a hundred three, as phi's 3 s acceptable pause does;</li>
 *   <li>60 gaps of history (a minute at 1 s) before leaving the fixed fallback: below that the
 *       body of the distribution (interval, jitter) is not yet known;</li>
 *   <li>tail fit on the 10 largest gaps: enough to average, few enough to stay in the tail;</li>
 *   <li>10% safety margin on the estimated silence beyond one interval (jitter, stall and burst
 *       lengths): the budget is extrapolated far past the data, and links drift;</li>
 *   <li>prior pause 3 s (Akka's acceptable pause): until a node has shown as many abnormal gaps
 *       as the tail fit uses, a stall of this length is assumed possible;</li>
 *   <li>fallback: the fixed defaults (3 s / 10 s).</li>
 * </ul>
 */
public record AdaptiveSettings(Duration falseSuspectEvery, Duration falseDeadEvery, int minHistory, int tailSamples,
                               double margin, Duration priorPause, FixedTimeoutDetector fallback) {

    public static final Duration DEFAULT_FALSE_SUSPECT_EVERY = Duration.ofDays(1);
    public static final Duration DEFAULT_FALSE_DEAD_EVERY = Duration.ofDays(365);
    public static final int DEFAULT_MIN_HISTORY = 60;
    public static final int DEFAULT_TAIL_SAMPLES = 10;
    public static final double DEFAULT_MARGIN = 0.10;
    public static final Duration DEFAULT_PRIOR_PAUSE = Duration.ofSeconds(3);

    public AdaptiveSettings {
        if (falseSuspectEvery == null || falseSuspectEvery.isNegative() || falseSuspectEvery.isZero()
                || falseDeadEvery == null || falseDeadEvery.isNegative() || falseDeadEvery.isZero()) {
            throw new IllegalArgumentException("false-alarm budgets must be positive durations, e.g. 1d and 7d");
        }
        if (falseDeadEvery.compareTo(falseSuspectEvery) < 0) {
            throw new IllegalArgumentException("false DEAD budget (one per " + Durations.format(falseDeadEvery)
                    + ") must not be looser than the false SUSPECT budget (one per " + Durations.format(falseSuspectEvery) + ")");
        }
        if (minHistory < 2) {
            throw new IllegalArgumentException("adaptive min history must be at least 2 gaps, was " + minHistory);
        }
        if (tailSamples < 2) {
            throw new IllegalArgumentException("adaptive tail samples must be at least 2, was " + tailSamples);
        }
        if (!(margin >= 0 && margin <= 10)) {
            throw new IllegalArgumentException("adaptive margin must be between 0 and 10 (a fraction), was " + margin);
        }
        if (priorPause == null || priorPause.isNegative()) {
            throw new IllegalArgumentException("adaptive prior pause must be >= 0, was " + priorPause);
        }
        if (fallback == null) {
            throw new IllegalArgumentException("adaptive detector needs a fixed fallback");
        }
    }

    public static AdaptiveSettings defaults() {
        return new AdaptiveSettings(DEFAULT_FALSE_SUSPECT_EVERY, DEFAULT_FALSE_DEAD_EVERY, DEFAULT_MIN_HISTORY,
                DEFAULT_TAIL_SAMPLES, DEFAULT_MARGIN, DEFAULT_PRIOR_PAUSE, FixedTimeoutDetector.defaults());
    }
}
