package dev.pulsegrid.settings;

import dev.pulsegrid.cluster.DetectorOverride;
import dev.pulsegrid.cluster.DetectorPolicy;
import dev.pulsegrid.cluster.NodeState;
import dev.pulsegrid.detect.FailureDetector;
import java.util.List;
import java.util.Set;

/**
 * What the operator chose in the window and expects back next time. A null (or 0 for the window
 * size) means "never chosen": the program's default, or the system's, applies.
 *
 * @param detector     the default detector, or null
 * @param overrides    per-group detectors in order, first match wins (empty for none)
 * @param dark         the theme toggle, or null to follow the system
 * @param notifyStates states that raise a desktop notification, or null for the built-in choice
 * @param windowWidth  last main window width, 0 when unknown
 * @param windowHeight last main window height, 0 when unknown
 * @param collectd     the collectd listener as last set in the Integrations dialog, or null
 * @param ganglia      the Ganglia listener as last set in the Integrations dialog, or null
 */
public record Settings(FailureDetector detector, List<DetectorOverride> overrides, Boolean dark, Set<NodeState> notifyStates,
                       double windowWidth, double windowHeight, ListenerChoice collectd, ListenerChoice ganglia) {

    public static final Settings NONE = new Settings(null, List.of(), null, null, 0, 0);

    /** Settings without listener choices (files and code from before the Integrations dialog). */
    public Settings(FailureDetector detector, List<DetectorOverride> overrides, Boolean dark, Set<NodeState> notifyStates,
                    double windowWidth, double windowHeight) {
        this(detector, overrides, dark, notifyStates, windowWidth, windowHeight, null, null);
    }

    public Settings {
        overrides = overrides == null ? List.of() : List.copyOf(overrides);
        notifyStates = notifyStates == null ? null : Set.copyOf(notifyStates);
        if (!(windowWidth >= 0) || !(windowHeight >= 0)) {
            windowWidth = 0;
            windowHeight = 0;
        }
    }

    public Settings withDetector(FailureDetector d) {
        return new Settings(d, overrides, dark, notifyStates, windowWidth, windowHeight, collectd, ganglia);
    }

    public Settings withOverrides(List<DetectorOverride> list) {
        return new Settings(detector, list, dark, notifyStates, windowWidth, windowHeight, collectd, ganglia);
    }

    public Settings withDark(Boolean d) {
        return new Settings(detector, overrides, d, notifyStates, windowWidth, windowHeight, collectd, ganglia);
    }

    public Settings withNotifyStates(Set<NodeState> states) {
        return new Settings(detector, overrides, dark, states, windowWidth, windowHeight, collectd, ganglia);
    }

    public Settings withWindowSize(double width, double height) {
        return new Settings(detector, overrides, dark, notifyStates, width, height, collectd, ganglia);
    }

    public Settings withCollectd(ListenerChoice c) {
        return new Settings(detector, overrides, dark, notifyStates, windowWidth, windowHeight, c, ganglia);
    }

    public Settings withGanglia(ListenerChoice g) {
        return new Settings(detector, overrides, dark, notifyStates, windowWidth, windowHeight, collectd, g);
    }

    /**
     * What this run starts from the stored listener choices: a listener given by {@code --collectd}
     * or {@code --ganglia} is the flag's this time (null here), while the stored choice stays as it was.
     */
    public Settings underListenerFlags(boolean collectdFlag, boolean gangliaFlag) {
        return new Settings(detector, overrides, dark, notifyStates, windowWidth, windowHeight,
                collectdFlag ? null : collectd, gangliaFlag ? null : ganglia);
    }

    /** The policy these settings describe, with {@code fallback} as default when none was chosen. */
    public DetectorPolicy policy(FailureDetector fallback) {
        return new DetectorPolicy(detector == null ? fallback : detector, overrides);
    }

    /**
     * Stored settings under the command line: what the operator gave explicitly this time wins.
     *
     * @param flagDetector  the detector from flags, or null when no detector flag was given
     * @param flagOverrides overrides from {@code --override}, or null when none was given
     */
    public Settings underFlags(FailureDetector flagDetector, List<DetectorOverride> flagOverrides) {
        return new Settings(flagDetector != null ? flagDetector : detector, flagOverrides != null ? flagOverrides : overrides,
                dark, notifyStates, windowWidth, windowHeight, collectd, ganglia);
    }
}
