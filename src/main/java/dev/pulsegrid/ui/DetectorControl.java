package dev.pulsegrid.ui;

import dev.pulsegrid.cluster.DetectorOverride;
import dev.pulsegrid.cluster.DetectorPolicy;
import dev.pulsegrid.detect.FailureDetector;
import dev.pulsegrid.detect.FixedTimeoutDetector;
import java.util.List;

/**
 * The window's one way to change who is judged how: the tuning panel sets the default detector,
 * the overrides dialog the per-group ones. Each change is applied live to every node and saved.
 */
final class DetectorControl {
    private final ClusterFeed feed;
    private final OperatorSettings settings;
    private DetectorPolicy policy;
    private java.util.function.Consumer<FailureDetector> defaultShown = d -> { };

    DetectorControl(ClusterFeed feed, OperatorSettings settings, DetectorPolicy initial) {
        this.feed = feed;
        this.settings = settings;
        this.policy = initial;
    }

    /** Told the default detector whenever it changes other than through the tuning panel. */
    void onDefaultReset(java.util.function.Consumer<FailureDetector> shown) {
        defaultShown = shown;
    }

    DetectorPolicy policy() {
        return policy;
    }

    /** The tuning panel's apply. */
    void setDefault(FailureDetector d) {
        policy = policy.withDefault(d);
        feed.setPolicy(policy);
        settings.update(s -> s.withDetector(d));
    }

    void setOverrides(List<DetectorOverride> overrides) {
        policy = policy.withOverrides(overrides);
        feed.setPolicy(policy);
        settings.update(s -> s.withOverrides(policy.overrides()));
    }

    /** "Reset to defaults": no overrides and the built-in default detector, in force and stored. */
    void reset() {
        policy = DetectorPolicy.of(FixedTimeoutDetector.defaults());
        feed.setPolicy(policy);
        settings.update(s -> s.withDetector(null).withOverrides(List.of()));
        defaultShown.accept(policy.defaultDetector());
    }
}
