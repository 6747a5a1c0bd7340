package dev.pulsegrid.cluster;

import java.time.Duration;

/**
 * Bounds that keep a monitor's memory finite whatever arrives.
 *
 * @param maxNodes    new node ids are refused (and counted) once this many are tracked
 * @param forgetAfter a DEAD or LEFT node is forgotten this long after it entered that state;
 *                    zero keeps them forever
 */
public record MembershipLimits(int maxNodes, Duration forgetAfter) {
    /** Well above the 100,000 nodes the grid is built for, well below what 24 GB could hold. */
    public static final int DEFAULT_MAX_NODES = 500_000;
    /** An hour: long enough to read what died after an incident, short enough that churn cannot pile up. */
    public static final Duration DEFAULT_FORGET_AFTER = Duration.ofHours(1);

    public MembershipLimits {
        if (maxNodes < 1) {
            throw new IllegalArgumentException("the node cap must be at least 1, was " + maxNodes);
        }
        if (forgetAfter == null || forgetAfter.isNegative()) {
            throw new IllegalArgumentException("forget-after must be zero (never) or positive, was " + forgetAfter);
        }
    }

    public static MembershipLimits defaults() {
        return new MembershipLimits(DEFAULT_MAX_NODES, DEFAULT_FORGET_AFTER);
    }

    long forgetAfterNanos() {
        return forgetAfter.isZero() ? Long.MAX_VALUE : forgetAfter.toNanos();
    }
}
