package dev.pulsegrid.detect;

import java.util.Locale;

/**
 * Per-node thresholds from each node's own gap history, set so that a chosen false-alarm budget
 * holds ("one false DEAD per node per year"); see {@link GapTail} for the estimate. A clean node is
 * convicted after a couple of intervals, a node on a flaky link gets the slack its history shows.
 * With fewer than {@code minHistory} gaps it answers with the fixed fallback, and the fallback stays
 * a floor for a node whose gaps outran the prior pause before the prior retired
 * ({@link RefutedPrior}).
 *
 * <p>The estimate walks the node's histogram (a few hundred bins), so it is cached in the node's
 * window and redone every {@value #REFRESH} gaps (an eighth of the history once longer: one more gap
 * moves the estimate less and less), or at once after a gap longer than the cached suspect
 * threshold (a surprise is exactly the news the estimate must absorb).
 */
public final class AdaptiveDetector implements FailureDetector {
    static final int REFRESH = 16;
    /** Ring size: the decision uses the histogram; the ring only feeds details views. */
    public static final int WINDOW = 32;

    private final AdaptiveSettings settings;

    public AdaptiveDetector(AdaptiveSettings settings) {
        this.settings = settings;
    }

    public static AdaptiveDetector defaults() {
        return new AdaptiveDetector(AdaptiveSettings.defaults());
    }

    public AdaptiveSettings settings() {
        return settings;
    }

    /** True while the node's history is too short and the fixed fallback decides. */
    public boolean learning(ArrivalWindow h) {
        return h.histogram().total() < settings.minHistory();
    }

    @Override
    public long suspectAfterNanos(ArrivalWindow h) {
        if (learning(h)) {
            return settings.fallback().suspectAfterNanos(h);
        }
        refresh(h);
        return h.memoSuspectNanos;
    }

    @Override
    public long deadAfterNanos(ArrivalWindow h) {
        if (learning(h)) {
            return settings.fallback().deadAfterNanos(h);
        }
        refresh(h);
        return h.memoDeadNanos;
    }

    private void refresh(ArrivalWindow h) {
        int n = h.histogram().total();
        boolean fresh = h.memoOwner == this && h.memoCount >= 0 && n >= h.memoCount
                && (n == h.memoCount || (n - h.memoCount < refreshEvery(h.memoCount)
                        && h.lastGap() * 1_000_000L <= h.memoSuspectNanos));
        if (fresh) {
            return;
        }
        GapTail.Fit fit = GapTail.fit(h.histogram());
        if (fit.interval() < 1) { // most gaps are duplicates within a millisecond: no interval to reason in
            h.memoOwner = this;
            h.memoCount = n;
            h.memoSuspectNanos = settings.fallback().suspectAfterNanos(h);
            h.memoDeadNanos = settings.fallback().deadAfterNanos(h);
            return;
        }
        double pSuspect = GapTail.exceedanceProbability(fit.interval(), settings.falseSuspectEvery().toMillis());
        double pDead = GapTail.exceedanceProbability(fit.interval(), settings.falseDeadEvery().toMillis());
        double prior = settings.priorPause().toMillis();
        double suspect = GapTail.thresholdMs(fit, pSuspect, settings.tailSamples(), settings.margin(), prior);
        double dead = Math.max(suspect, GapTail.thresholdMs(fit, pDead, settings.tailSamples(), settings.margin(), prior));
        if (RefutedPrior.test(fit, pDead, settings.tailSamples(), settings.margin(), prior)) {
            // a stall or burst longer than the prior allowed, and too few of them to fit: the longest
            // seen says little about the next (see RefutedPrior), so DEAD waits at least the fallback's time
            dead = Math.max(dead, settings.fallback().deadAfter().toMillis());
        }
        h.memoOwner = this;
        h.memoCount = n;
        h.memoSuspectNanos = Math.round(suspect * 1e6);
        h.memoDeadNanos = Math.round(dead * 1e6);
    }

    /** Ordinary gaps between re-estimates: 16, or an eighth of the history once that is longer. */
    static int refreshEvery(int count) {
        return Math.max(REFRESH, count / 8);
    }

    @Override
    public int windowSize() {
        return WINDOW;
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "adaptive false-suspect 1/%s false-dead 1/%s margin %.0f%% prior-pause %s (fixed %s/%s until %d gaps)",
                Durations.format(settings.falseSuspectEvery()), Durations.format(settings.falseDeadEvery()),
                settings.margin() * 100, Durations.format(settings.priorPause()), Durations.format(settings.fallback().suspectAfter()),
                Durations.format(settings.fallback().deadAfter()), settings.minHistory());
    }
}
