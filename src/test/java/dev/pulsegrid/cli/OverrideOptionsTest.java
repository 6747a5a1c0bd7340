package dev.pulsegrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pulsegrid.cluster.DetectorOverride;
import dev.pulsegrid.detect.FixedTimeoutDetector;
import dev.pulsegrid.detect.PhiAccrualDetector;
import dev.pulsegrid.settings.OverrideSpec;
import dev.pulsegrid.settings.Settings;
import dev.pulsegrid.settings.SettingsStore;
import dev.pulsegrid.settings.StartupSettings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

class OverrideOptionsTest {
    @TempDir
    Path dir;

    @Test
    void watchTakesRepeatedOverridesInOrder() {
        WatchCommand w = new WatchCommand();
        new CommandLine(w).parseArgs("--override", "role=db:suspect-after=10s,dead-after=30s",
                "--override", "zone=eu-1:detector=phi,phi-dead=12");
        List<DetectorOverride> o = w.overrideOptions.overrides();
        assertEquals(2, o.size());
        assertEquals(new FixedTimeoutDetector(Duration.ofSeconds(10), Duration.ofSeconds(30)), o.get(0).detector());
        assertEquals("zone=eu-1", o.get(1).label());
        assertEquals(12.0, ((PhiAccrualDetector) o.get(1).detector()).settings().deadThreshold());
        assertTrue(w.overrideOptions.describe().contains("role=db:suspect-after=10s,dead-after=30s"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "watch --override role=db                       | no ':' between selector and settings",
        "watch --override role=db:dead=30s              | unknown setting 'dead'",
        "gui --override role:dead-after=30s             | 'role' is not key=value",
        "gui --override role=db:phi-dead=9              | phi-dead does not apply to detector=fixed",
        "watch --override role=db:dead-after=30x        | dead-after: '30x' is not a duration",
    })
    void badOverrideSyntaxIsOneLineNamingTheFixAndExitCode2(String args, String expected) {
        CliErrorsTest.Run r = CliErrorsTest.run(args.trim().split("\\s+"));
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--override"), r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line, got:\n" + r.err());
    }

    @Test
    void guiStartsFromStoredSettingsWhenNoFlagsAreGiven() throws Exception {
        SettingsStore store = storeWith(Settings.NONE.withDetector(PhiAccrualDetector.defaults())
                .withOverrides(List.of(OverrideSpec.parse("role=db:dead-after=30s"))));
        StartupSettings s = gui().startupSettings(store, quiet());
        assertTrue(s.effective().detector() instanceof PhiAccrualDetector, "stored detector used");
        assertEquals("role=db", s.effective().overrides().get(0).label());
    }

    @Test
    void flagsGivenExplicitlyWinOverStoredOnesButAreNotStored() throws Exception {
        Settings stored = Settings.NONE.withDetector(PhiAccrualDetector.defaults())
                .withOverrides(List.of(OverrideSpec.parse("role=db:dead-after=30s")));
        SettingsStore store = storeWith(stored);
        StartupSettings s = gui("--dead-after", "20s", "--override", "role=web:dead-after=5s").startupSettings(store, quiet());
        assertEquals(new FixedTimeoutDetector(Duration.ofSeconds(3), Duration.ofSeconds(20)), s.effective().detector());
        assertEquals(List.of(OverrideSpec.parse("role=web:dead-after=5s")), s.effective().overrides());
        assertTrue(s.stored().detector() instanceof PhiAccrualDetector, "what the window saves on builds on the file, not the flags");

        StartupSettings onlyOverride = gui("--override", "role=web:dead-after=5s").startupSettings(store, quiet());
        assertTrue(onlyOverride.effective().detector() instanceof PhiAccrualDetector, "no detector flag: the stored one stays");
    }

    @Test
    void aCollectdFlagWinsOverTheStoredCollectdListenerForThisRunOnly() throws Exception {
        dev.pulsegrid.settings.ListenerChoice collectd = dev.pulsegrid.settings.ListenerChoice.collectd(true, 25900, "", "none", "");
        dev.pulsegrid.settings.ListenerChoice ganglia = dev.pulsegrid.settings.ListenerChoice.ganglia(true, 8700, "", "");
        SettingsStore store = storeWith(Settings.NONE.withCollectd(collectd).withGanglia(ganglia));
        StartupSettings s = gui("--collectd", "127.0.0.1:0").startupSettings(store, quiet());
        assertNull(s.effective().collectd(), "the flag's listener runs, not the stored one as well");
        assertEquals(ganglia, s.effective().ganglia(), "no --ganglia: the stored Ganglia listener starts");
        assertEquals(collectd, s.stored().collectd(), "the flag is not written into what the window saves on");
        assertEquals(collectd, gui().startupSettings(store, quiet()).effective().collectd(), "without the flag: the stored one");
    }

    @Test
    void noStoredSettingsMeansTheFlagsOrTheirDefaults() {
        StartupSettings s = gui().startupSettings(new SettingsStore(dir.resolve("none.json")), quiet());
        assertEquals(FixedTimeoutDetector.defaults(), s.effective().detector());
        assertNull(s.stored().detector());
        assertNull(s.warning());
    }

    @Test
    void aMalformedSettingsFileIsOneLineOnStderrAndTheWindowStillStarts() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"detector\": 3}");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        StartupSettings s = gui().startupSettings(new SettingsStore(file), new PrintStream(err, true, StandardCharsets.UTF_8));
        String line = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, line.strip().lines().count(), line);
        assertTrue(line.startsWith("gui: settings " + file + " is malformed (detector should be an object"), line);
        assertEquals(FixedTimeoutDetector.defaults(), s.effective().detector());
        assertTrue(Files.exists(dir.resolve("settings.json.bad")));
    }

    private SettingsStore storeWith(Settings s) throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        store.save(s);
        return store;
    }

    private static GuiCommand gui(String... args) {
        GuiCommand g = new GuiCommand();
        new CommandLine(g).parseArgs(args);
        return g;
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }
}
