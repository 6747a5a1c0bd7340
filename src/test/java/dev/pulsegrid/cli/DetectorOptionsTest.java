package dev.pulsegrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.pulsegrid.detect.AdaptiveDetector;
import dev.pulsegrid.detect.AdaptiveSettings;
import dev.pulsegrid.detect.FailureDetector;
import dev.pulsegrid.detect.FixedTimeoutDetector;
import dev.pulsegrid.detect.PhiAccrualDetector;
import dev.pulsegrid.detect.PhiAccrualSettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class DetectorOptionsTest {

    @Command(name = "host")
    static final class Host implements Runnable {
        @Mixin
        DetectorOptions options = new DetectorOptions();
        FailureDetector built;

        @Override
        public void run() {
            built = options.toDetector();
        }
    }

    static FailureDetector parse(String... args) {
        Host h = new Host();
        int code = new CommandLine(h).execute(args);
        assertEquals(0, code);
        return h.built;
    }

    @Test
    void defaultsAreTheSettingsRecordsDefaults() {
        assertEquals(FixedTimeoutDetector.defaults(), parse());
        assertEquals(PhiAccrualSettings.defaults(), ((PhiAccrualDetector) parse("--detector", "phi")).settings());
        assertEquals(AdaptiveSettings.defaults(), ((AdaptiveDetector) parse("--detector", "adaptive")).settings());
    }

    @Test
    void everyFlagReachesItsSetting() {
        PhiAccrualDetector phi = (PhiAccrualDetector) parse("--detector", "phi", "--phi-suspect", "3", "--phi-dead", "12",
                "--min-std-dev", "50ms", "--acceptable-pause", "1.5s", "--window", "1000", "--first-heartbeat", "500ms");
        assertEquals(new PhiAccrualSettings(3, 12, Duration.ofMillis(50), Duration.ofMillis(1500), 1000,
                Duration.ofMillis(500)), phi.settings());
        AdaptiveDetector ad = (AdaptiveDetector) parse("--detector", "adaptive", "--false-suspect-every", "1h",
                "--false-dead-every", "30d", "--min-history", "120", "--tail-samples", "20", "--margin", "0.25", "--prior-pause", "5s",
                "--suspect-after", "2s", "--dead-after", "20s");
        assertEquals(new AdaptiveSettings(Duration.ofHours(1), Duration.ofDays(30), 120, 20, 0.25, Duration.ofSeconds(5),
                new FixedTimeoutDetector(Duration.ofSeconds(2), Duration.ofSeconds(20))), ad.settings());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "--detector fixed --suspect-after 1.5s --dead-after 2m",
        "--detector phi --phi-suspect 5 --phi-dead 8 --min-std-dev 100ms --acceptable-pause 3s --window 200 --first-heartbeat 1s",
        "--detector phi --phi-suspect 2.5 --phi-dead 12 --min-std-dev 50ms --acceptable-pause 0s --window 1000 --first-heartbeat 2s",
        "--detector adaptive --false-suspect-every 1h --false-dead-every 7d --min-history 60 --tail-samples 10 --margin 0.1 --prior-pause 3s --suspect-after 3s --dead-after 10s",
    })
    void flagsForRoundTrips(String flags) {
        FailureDetector d = parse(flags.split(" "));
        assertEquals(flags, DetectorOptions.flagsFor(d));
        FailureDetector again = parse(DetectorOptions.flagsFor(d).split(" "));
        assertEquals(d.describe(), again.describe());
    }

    @Test
    void withoutPicocliBadValuesAreIllegalArguments() {
        DetectorOptions o = new DetectorOptions();
        o.deadAfter = Duration.ofSeconds(1);
        assertInstanceOf(IllegalArgumentException.class, org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, o::toDetector));
    }
}
