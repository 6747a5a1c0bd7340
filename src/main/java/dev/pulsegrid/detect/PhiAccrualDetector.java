package dev.pulsegrid.detect;

import java.util.Locale;

/**
 * Phi accrual failure detector (Hayashibara et al. 2004) with Akka's choices: the normal CDF
 * approximated by a logistic function, a minimum standard deviation, an acceptable heartbeat pause
 * added to the mean, and a bounded window with O(1) mean and variance.
 *
 * <p>Phi grows monotonically with silence, so instead of polling phi the detector answers the
 * silence at which phi reaches each threshold; membership schedules those as deadlines.
 */
public final class PhiAccrualDetector implements FailureDetector {
    private static final double A = 0.070566;
    private static final double B = 1.5976;

    private final PhiAccrualSettings settings;
    // Standard scores at which phi crosses each threshold: they depend on the threshold alone.
    private final double suspectZ;
    private final double deadZ;
    // Settings in ms, read on every heartbeat.
    private final double pauseMs;
    private final double minStdDevMs;
    private final double firstMeanMs;

    public PhiAccrualDetector(PhiAccrualSettings settings) {
        this.settings = settings;
        this.suspectZ = zForPhi(settings.suspectThreshold());
        this.deadZ = zForPhi(settings.deadThreshold());
        this.pauseMs = settings.acceptablePause().toNanos() / 1e6;
        this.minStdDevMs = settings.minStdDev().toNanos() / 1e6;
        this.firstMeanMs = settings.firstHeartbeatEstimate().toNanos() / 1e6;
    }

    public static PhiAccrualDetector defaults() {
        return new PhiAccrualDetector(PhiAccrualSettings.defaults());
    }

    public PhiAccrualSettings settings() {
        return settings;
    }

    /**
     * Akka's phi: -log10 of the probability, under a normal model approximated by a logistic
     * (max error ~1e-4), that a heartbeat comes even later than {@code timeDiffMs}. The two branches
     * are one formula written to stay accurate on both sides of the mean.
     */
    public static double phi(double timeDiffMs, double meanMs, double stdDevMs) {
        double y = (timeDiffMs - meanMs) / stdDevMs;
        double e = Math.exp(-y * (B + A * y * y));
        if (timeDiffMs > meanMs) {
            return -Math.log10(e / (1.0 + e));
        }
        return -Math.log10(1.0 - 1.0 / (1.0 + e));
    }

    /**
     * The standard score y at which {@link #phi} equals {@code threshold}: phi = t means
     * e/(1+e) = 10^-t, i.e. A*y^3 + B*y + ln(e) = 0, a cubic with one real root (Cardano).
     */
    public static double zForPhi(double threshold) {
        if (!(threshold > 0)) {
            throw new IllegalArgumentException("phi threshold must be positive, was " + threshold);
        }
        double p = Math.pow(10, -threshold);
        double lnE = Math.log(p) - Math.log1p(-p);
        double pp = B / A;
        double q = lnE / A;
        double d = Math.sqrt(q * q / 4 + pp * pp * pp / 27);
        return Math.cbrt(-q / 2 + d) + Math.cbrt(-q / 2 - d);
    }

    /** Inverse of {@link #phi} in time: the silence (ms) at which phi reaches {@code threshold}. */
    public static double silenceForPhi(double threshold, double meanMs, double stdDevMs) {
        return meanMs + stdDevMs * zForPhi(threshold);
    }

    /** The mean (ms) phi is measured against: history, or the first-heartbeat estimate; plus the acceptable pause. */
    double shiftedMeanMs(ArrivalWindow h) {
        return (h.size() < 2 ? firstMeanMs : h.mean()) + pauseMs;
    }

    double stdDevMs(ArrivalWindow h) {
        double sd = h.size() < 2 ? firstMeanMs / 4.0 : h.stdDev();
        return Math.max(sd, minStdDevMs);
    }

    /** Phi of a node silent for {@code silenceNanos}, as Akka would report it. */
    public double phiAt(long silenceNanos, ArrivalWindow h) {
        return phi(silenceNanos / 1e6, shiftedMeanMs(h), stdDevMs(h));
    }

    @Override
    public long suspectAfterNanos(ArrivalWindow h) {
        refresh(h);
        return h.memoSuspectNanos;
    }

    @Override
    public long deadAfterNanos(ArrivalWindow h) {
        refresh(h);
        return h.memoDeadNanos;
    }

    /** Membership asks for both thresholds after each heartbeat: mean and deviation are computed once. */
    private void refresh(ArrivalWindow h) {
        if (h.memoOwner == this && h.memoCount == h.adds()) {
            return;
        }
        double mean = shiftedMeanMs(h);
        double sd = stdDevMs(h);
        h.memoOwner = this;
        h.memoCount = h.adds();
        h.memoSuspectNanos = toNanos(mean + sd * suspectZ);
        h.memoDeadNanos = toNanos(mean + sd * deadZ);
    }

    private static long toNanos(double ms) {
        return Math.max(0L, Math.round(ms * 1e6));
    }

    @Override
    public double suspicionLevel(long silenceNanos, ArrivalWindow h) {
        return Math.max(0.0, phiAt(silenceNanos, h) / settings.deadThreshold());
    }

    @Override
    public int windowSize() {
        return settings.maxSampleSize();
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "phi suspect %.1f dead %.1f min-std %s pause %s window %d",
                settings.suspectThreshold(), settings.deadThreshold(), Durations.format(settings.minStdDev()),
                Durations.format(settings.acceptablePause()), settings.maxSampleSize());
    }
}
