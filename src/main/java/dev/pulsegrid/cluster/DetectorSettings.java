package dev.pulsegrid.cluster;

import dev.pulsegrid.detect.FailureDetector;
import java.util.Map;
import java.util.Objects;

/**
 * The detector settings in force for Membership: the {@link DetectorPolicy} (which detector judges a
 * node, by its metadata) and the source floor (see {@link Membership#setSourceFloor}), turned into a
 * node's suspect and dead thresholds. Membership thread only; a change is applied to the nodes by
 * Membership, which knows who is affected.
 */
final class DetectorSettings {
    private DetectorPolicy policy;
    /** Nodes whose freshness last came from this source are given at least {@link #floorDeadNanos}. */
    private String floorSource;
    private long floorDeadNanos;

    DetectorSettings(DetectorPolicy policy) {
        this.policy = policy;
    }

    DetectorPolicy policy() {
        return policy;
    }

    void setPolicy(DetectorPolicy newPolicy) {
        this.policy = newPolicy;
    }

    /** Sets the floor for {@code source} (0 removes it); false when that is the floor already. */
    boolean setSourceFloor(String source, long deadAfterNanos) {
        if (Objects.equals(source, floorSource) && deadAfterNanos == floorDeadNanos) {
            return false;
        }
        floorSource = deadAfterNanos > 0 ? source : null;
        floorDeadNanos = Math.max(0, deadAfterNanos);
        return true;
    }

    /** The override for a node with metadata {@code meta}, or null for the default detector. */
    DetectorOverride match(Map<String, String> meta) {
        return policy.match(meta);
    }

    FailureDetector detectorFor(DetectorOverride override) {
        return policy.detectorFor(override);
    }

    /** Picks the node's detector from its metadata; a different window size keeps the gap history. */
    void resolveDetector(NodeRecord r) {
        r.override = policy.match(r.meta);
        int size = policy.detectorFor(r.override).windowSize();
        if (r.window.capacity() != size) {
            r.window = r.window.resized(size);
        }
    }

    /** Sets the node's thresholds from its detector and window (and the floor); returns that detector. */
    FailureDetector thresholds(NodeRecord r) {
        FailureDetector d = policy.detectorFor(r.override);
        r.suspectAfterNanos = d.suspectAfterNanos(r.window);
        r.deadAfterNanos = Math.max(r.suspectAfterNanos, d.deadAfterNanos(r.window));
        if (floorSource != null && floorSource.equals(r.source)) {
            r.suspectAfterNanos = Math.max(r.suspectAfterNanos, floorDeadNanos / 2);
            r.deadAfterNanos = Math.max(r.deadAfterNanos, floorDeadNanos);
        }
        return d;
    }
}
