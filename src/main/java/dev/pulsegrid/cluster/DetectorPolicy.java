package dev.pulsegrid.cluster;

import dev.pulsegrid.detect.FailureDetector;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which detector judges which node: a default plus ordered per-group overrides (e.g. {@code role=db}
 * gets longer timeouts). The first override whose selector matches a node's metadata wins; a node
 * no override matches gets the default. Immutable: membership swaps whole policies.
 */
public record DetectorPolicy(FailureDetector defaultDetector, List<DetectorOverride> overrides) {

    public DetectorPolicy {
        Objects.requireNonNull(defaultDetector, "defaultDetector");
        overrides = List.copyOf(overrides);
    }

    public static DetectorPolicy of(FailureDetector defaultDetector) {
        return new DetectorPolicy(defaultDetector, List.of());
    }

    public DetectorPolicy withDefault(FailureDetector d) {
        return new DetectorPolicy(d, overrides);
    }

    public DetectorPolicy withOverrides(List<DetectorOverride> list) {
        return new DetectorPolicy(defaultDetector, list);
    }

    /** The first override matching {@code meta}, or null when the default applies. */
    public DetectorOverride match(Map<String, String> meta) {
        for (DetectorOverride o : overrides) {
            if (o.selector().matches(meta)) {
                return o;
            }
        }
        return null;
    }

    /** The detector for a node under {@code chosen} (a result of {@link #match}). */
    public FailureDetector detectorFor(DetectorOverride chosen) {
        return chosen == null ? defaultDetector : chosen.detector();
    }

    /** For notes and logs: the default, then each override in order. */
    public String describe() {
        StringBuilder b = new StringBuilder(defaultDetector.describe());
        for (DetectorOverride o : overrides) {
            b.append("; ").append(o.label()).append(": ").append(o.detector().describe());
        }
        return b.toString();
    }
}
