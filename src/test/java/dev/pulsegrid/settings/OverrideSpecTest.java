package dev.pulsegrid.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pulsegrid.cluster.DetectorOverride;
import dev.pulsegrid.detect.AdaptiveDetector;
import dev.pulsegrid.detect.FixedTimeoutDetector;
import dev.pulsegrid.detect.PhiAccrualDetector;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OverrideSpecTest {

    /** What the operator types, and the canonical form it is shown and stored as. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "role=db:suspect-after=10s,dead-after=30s                  | role=db:suspect-after=10s,dead-after=30s",
        "role=db:dead-after=30s                                    | role=db:suspect-after=3s,dead-after=30s",
        "zone=eu-1,role=db:suspect-after=1.5s,dead-after=1m        | role=db,zone=eu-1:suspect-after=1.5s,dead-after=1m",
        "role=db:detector=phi,phi-dead=12                          | role=db:detector=phi,phi-dead=12",
        "addr=10.0.0.1:9797:detector=adaptive,false-dead-every=30d | addr=10.0.0.1:9797:detector=adaptive,false-dead-every=30d,suspect-after=3s,dead-after=10s",
    })
    void parsesAndWritesBackTheCanonicalForm(String typed, String canonical) {
        DetectorOverride o = OverrideSpec.parse(typed);
        assertEquals(canonical, OverrideSpec.format(o));
        assertEquals(canonical, OverrideSpec.format(OverrideSpec.parse(canonical)));
    }

    @Test
    void parametersBecomeTheDetectorTheySay() {
        DetectorOverride fixed = OverrideSpec.parse("role=db:suspect-after=10s,dead-after=30s");
        assertEquals(new FixedTimeoutDetector(Duration.ofSeconds(10), Duration.ofSeconds(30)), fixed.detector());
        PhiAccrualDetector phi = (PhiAccrualDetector) OverrideSpec.parse("role=db:detector=phi,phi-suspect=6,acceptable-pause=5s")
                .detector();
        assertEquals(6.0, phi.settings().suspectThreshold());
        assertEquals(Duration.ofSeconds(5), phi.settings().acceptablePause());
        assertEquals(8.0, phi.settings().deadThreshold(), "unnamed parameters take the kind's defaults");
        AdaptiveDetector a = (AdaptiveDetector) OverrideSpec.parse("role=db:detector=adaptive,margin=0.25,dead-after=40s")
                .detector();
        assertEquals(0.25, a.settings().margin());
        assertEquals(Duration.ofSeconds(40), a.settings().fallback().deadAfter());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "role=db                                 | no ':' between selector and settings",
        "role=db:                                | no detector settings",
        ":dead-after=30s                         | empty selector",
        "role:dead-after=30s                     | 'role' is not key=value",
        "role=db:dead=30s                        | unknown setting 'dead'; for detector=fixed use suspect-after, dead-after",
        "role=db:dead-after                      | 'dead-after' is not name=value",
        "role=db:dead-after=soon                 | dead-after: 'soon' is not a duration",
        "role=db:suspect-after=30s,dead-after=10s| must not be shorter than suspect-after",
        "role=db:phi-dead=12                     | phi-dead does not apply to detector=fixed",
        "role=db:detector=gossip                 | detector=gossip is unknown: use fixed, phi or adaptive",
        "role=db:detector=phi,window=lots        | window=lots is not a whole number",
    })
    void badSyntaxNamesTheProblemAndTheFix(String typed, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OverrideSpec.parse(typed));
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertTrue(e.getMessage().startsWith("override '" + typed + "'"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }
}
