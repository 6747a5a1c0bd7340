package dev.pulsegrid.settings;

import dev.pulsegrid.cluster.DetectorOverride;
import dev.pulsegrid.cluster.MetaSelector;

/**
 * The text form of one override, {@code SELECTOR:SETTINGS}, e.g.
 * {@code role=db:suspect-after=10s,dead-after=30s} or {@code role=db,zone=eu-1:detector=phi,phi-dead=12}.
 * Settings use the names of the detector flags without their dashes. The split is at the last
 * colon: metadata values may contain colons, detector settings never do.
 */
public final class OverrideSpec {
    private OverrideSpec() {
    }

    /** @throws IllegalArgumentException naming the fault and the expected form */
    public static DetectorOverride parse(String text) {
        int colon = text == null ? -1 : text.lastIndexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("override '" + text + "' has no ':' between selector and settings: "
                    + "use e.g. role=db:suspect-after=10s,dead-after=30s");
        }
        String selector = text.substring(0, colon);
        String settings = text.substring(colon + 1);
        try {
            return new DetectorOverride(MetaSelector.parse(selector), DetectorParams.parse(settings));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("override '" + text + "': " + e.getMessage());
        }
    }

    public static String format(DetectorOverride o) {
        return o.label() + ":" + DetectorParams.text(o.detector());
    }
}
