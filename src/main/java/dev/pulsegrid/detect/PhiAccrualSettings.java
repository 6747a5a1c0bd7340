package dev.pulsegrid.detect;

import java.time.Duration;

/**
 * Settings of the phi accrual detector (Hayashibara et al. 2004, as Akka implements it).
 *
 * <p>Defaults, and why (our model: UDP heartbeats every 1 s, so a lost datagram is a 2 s gap):
 * <ul>
 *   <li>suspect threshold 5, dead threshold 8: Akka uses a single threshold of 8 (odds 1 in 10^8
 *       under its normal model) to convict; 5 raises the alarm at odds 1 in 10^5 first. Because the
 *       acceptable pause shifts the mean, both fall within a few standard deviations of each other
 *       (about 0.2 s apart on a clean LAN node): SUSPECT says "conviction is imminent".</li>
 *   <li>minimum standard deviation 100 ms (Akka's): a perfectly regular node would otherwise have a
 *       near-zero deviation and be convicted by a few milliseconds of lateness.</li>
 *   <li>acceptable heartbeat pause 3 s (Akka's): two lost UDP datagrams in a row, or a 2-3 s GC
 *       stall of the sender, do not convict anyone.</li>
 *   <li>max sample size 200 (Akka: 1000): about three minutes of 1 s history gives the mean and
 *       deviation to within a few percent, and costs 800 bytes per node instead of 4 KB, which
 *       matters at 100,000 nodes (400 MB with Akka's window).</li>
 *   <li>first heartbeat estimate 1 s: the agent's default interval; with fewer than two samples
 *       the detector assumes this mean and a quarter of it as deviation, as Akka does.</li>
 * </ul>
 */
public record PhiAccrualSettings(double suspectThreshold, double deadThreshold, Duration minStdDev,
                                 Duration acceptablePause, int maxSampleSize, Duration firstHeartbeatEstimate) {

    public static final double DEFAULT_SUSPECT_THRESHOLD = 5.0;
    public static final double DEFAULT_DEAD_THRESHOLD = 8.0;
    public static final Duration DEFAULT_MIN_STD_DEV = Duration.ofMillis(100);
    public static final Duration DEFAULT_ACCEPTABLE_PAUSE = Duration.ofSeconds(3);
    public static final int DEFAULT_MAX_SAMPLE_SIZE = 200;
    public static final Duration DEFAULT_FIRST_HEARTBEAT_ESTIMATE = Duration.ofSeconds(1);

    public PhiAccrualSettings {
        if (!(suspectThreshold > 0) || !(deadThreshold > 0)) {
            throw new IllegalArgumentException("phi thresholds must be positive, were " + suspectThreshold + " and " + deadThreshold);
        }
        if (deadThreshold < suspectThreshold) {
            throw new IllegalArgumentException("phi dead threshold (" + deadThreshold
                    + ") must not be below the suspect threshold (" + suspectThreshold + ")");
        }
        if (minStdDev == null || minStdDev.isNegative() || minStdDev.isZero()) {
            throw new IllegalArgumentException("min std deviation must be positive, was " + minStdDev);
        }
        if (acceptablePause == null || acceptablePause.isNegative()) {
            throw new IllegalArgumentException("acceptable pause must be >= 0, was " + acceptablePause);
        }
        if (maxSampleSize < 2) {
            throw new IllegalArgumentException("phi window must hold at least 2 samples, was " + maxSampleSize);
        }
        if (firstHeartbeatEstimate == null || firstHeartbeatEstimate.isNegative() || firstHeartbeatEstimate.isZero()) {
            throw new IllegalArgumentException("first heartbeat estimate must be positive, was " + firstHeartbeatEstimate);
        }
    }

    public static PhiAccrualSettings defaults() {
        return new PhiAccrualSettings(DEFAULT_SUSPECT_THRESHOLD, DEFAULT_DEAD_THRESHOLD, DEFAULT_MIN_STD_DEV,
                DEFAULT_ACCEPTABLE_PAUSE, DEFAULT_MAX_SAMPLE_SIZE, DEFAULT_FIRST_HEARTBEAT_ESTIMATE);
    }

    /** Akka's own defaults (threshold 8 for both stages, window 1000): the benchmark's reference. */
    public static PhiAccrualSettings akka() {
        return new PhiAccrualSettings(8.0, 8.0, Duration.ofMillis(100), Duration.ofSeconds(3), 1000,
                Duration.ofSeconds(1));
    }
}
