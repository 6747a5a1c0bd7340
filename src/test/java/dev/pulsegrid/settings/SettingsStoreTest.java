package dev.pulsegrid.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pulsegrid.cluster.DetectorOverride;
import dev.pulsegrid.cluster.MetaSelector;
import dev.pulsegrid.cluster.NodeState;
import dev.pulsegrid.detect.AdaptiveDetector;
import dev.pulsegrid.detect.AdaptiveSettings;
import dev.pulsegrid.detect.FailureDetector;
import dev.pulsegrid.detect.FixedTimeoutDetector;
import dev.pulsegrid.detect.PhiAccrualDetector;
import dev.pulsegrid.detect.PhiAccrualSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SettingsStoreTest {
    @TempDir
    Path dir;

    private static final FailureDetector PHI = new PhiAccrualDetector(new PhiAccrualSettings(6.5, 11, Duration.ofMillis(250),
            Duration.ofSeconds(4), 300, Duration.ofMillis(1500)));
    private static final FailureDetector ADAPTIVE = new AdaptiveDetector(new AdaptiveSettings(Duration.ofHours(12),
            Duration.ofDays(30), 90, 12, 0.2, Duration.ofSeconds(5),
            new FixedTimeoutDetector(Duration.ofSeconds(4), Duration.ofSeconds(15))));

    @Test
    void settingsSurviveARestart() throws Exception {
        Path file = dir.resolve("config/pulsegrid/settings.json");
        Settings saved = new Settings(PHI, List.of(
                new DetectorOverride(MetaSelector.parse("role=db"), new FixedTimeoutDetector(Duration.ofSeconds(10), Duration.ofSeconds(30))),
                new DetectorOverride(MetaSelector.parse("zone=eu-1,role=cache"), ADAPTIVE)),
                false, EnumSet.of(NodeState.DEAD, NodeState.LEFT), 1500, 950);
        new SettingsStore(file).save(saved);

        SettingsStore.Loaded loaded = new SettingsStore(file).load(); // a new process: a new store, the same file
        assertNull(loaded.warning());
        Settings back = loaded.settings();
        assertEquals(DetectorParams.of(PHI), DetectorParams.of(back.detector()), "every phi parameter, not only the kind");
        assertEquals(2, back.overrides().size());
        assertEquals("role=db", back.overrides().get(0).label(), "order kept: first match wins");
        assertEquals(saved.overrides().get(0).detector(), back.overrides().get(0).detector());
        assertEquals("role=cache,zone=eu-1", back.overrides().get(1).label());
        assertEquals(DetectorParams.of(ADAPTIVE), DetectorParams.of(back.overrides().get(1).detector()));
        assertEquals(false, back.dark());
        assertEquals(Set.of(NodeState.DEAD, NodeState.LEFT), back.notifyStates());
        assertEquals(1500, back.windowWidth());
        assertEquals(950, back.windowHeight());
    }

    @Test
    void listenerChoicesSurviveARestart() throws Exception {
        Path file = dir.resolve("settings.json");
        Settings saved = Settings.NONE.withDark(true)
                .withCollectd(ListenerChoice.collectd(true, 25827, "127.0.0.1", "sign", "/etc/collectd/passwd"))
                .withGanglia(ListenerChoice.ganglia(false, 8650, "", "239.2.11.71"));
        new SettingsStore(file).save(saved);
        SettingsStore.Loaded loaded = new SettingsStore(file).load();
        assertNull(loaded.warning());
        assertEquals(saved, loaded.settings(), "enabled, port, bind, security, auth file and group, as saved");
        assertEquals(true, loaded.settings().dark(), "the other choices are untouched");
    }

    @Test
    void aFileFromBeforeTheListenerChoicesLoadsWithNone() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"version\":1,\"overrides\":[],\"theme\":\"light\",\"window\":{\"width\":1200,\"height\":800}}\n");
        SettingsStore.Loaded loaded = new SettingsStore(file).load();
        assertNull(loaded.warning());
        assertNull(loaded.settings().collectd(), "never set: no listener starts");
        assertNull(loaded.settings().ganglia());
        assertEquals(false, loaded.settings().dark());
        assertEquals(1200, loaded.settings().windowWidth());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"collectd\":{\"enabled\":true}}", "{\"collectd\":{\"enabled\":\"yes\",\"port\":1}}",
            "{\"ganglia\":{\"port\":70000}}", "{\"ganglia\":{\"port\":8649,\"bind\":7}}",
            "{\"collectd\":{\"port\":25826,\"security\":\"paranoid\"}}"})
    void aMalformedListenerChoiceIsAWarningAndNoListener(String content) throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, content);
        SettingsStore.Loaded loaded = new SettingsStore(file).load();
        assertTrue(loaded.warning() != null && loaded.warning().contains("malformed"), String.valueOf(loaded.warning()));
        assertSame(Settings.NONE, loaded.settings());
    }

    @Test
    void aListenerGivenByAFlagIsTheFlagsThisRunAndTheStoredChoiceStays() {
        Settings stored = Settings.NONE.withCollectd(ListenerChoice.collectd(true, 25826, "", "none", ""))
                .withGanglia(ListenerChoice.ganglia(true, 8649, "", ""));
        Settings run = stored.underListenerFlags(true, false);
        assertNull(run.collectd(), "--collectd given: the stored collectd does not start as well");
        assertEquals(stored.ganglia(), run.ganglia());
    }

    @Test
    void unsetChoicesStayUnsetAcrossARestart() throws Exception {
        Path file = dir.resolve("settings.json");
        new SettingsStore(file).save(Settings.NONE.withDark(true));
        Settings back = new SettingsStore(file).load().settings();
        assertNull(back.detector());
        assertEquals(List.of(), back.overrides());
        assertNull(back.notifyStates(), "never chosen: the built-in choice applies, not 'notify of nothing'");
        assertEquals(true, back.dark());
        assertEquals(0, back.windowWidth());
    }

    @Test
    void noFileYetIsNoWarning() {
        SettingsStore.Loaded loaded = new SettingsStore(dir.resolve("absent/settings.json")).load();
        assertSame(Settings.NONE, loaded.settings());
        assertNull(loaded.warning());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"version\":1, \"detector\": {\"detector\":\"fixed\", \"dead-after\":",
        "[1,2,3]",
        "{\"detector\": {\"detector\":\"fixed\",\"suspect-after\":\"20s\",\"dead-after\":\"10s\"}}",
        "{\"overrides\": [{\"selector\":\"role\",\"detector\":{}}]}",
        "{\"theme\":\"purple\"}",
        "{\"version\":99}",
        "not json at all",
    })
    void aMalformedFileIsMovedAsideWithOneLineAndDefaultsAreUsed(String content) throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, content);
        SettingsStore.Loaded loaded = new SettingsStore(file).load();
        assertSame(Settings.NONE, loaded.settings());
        String w = loaded.warning();
        assertTrue(w.startsWith("settings " + file + " is malformed ("), w);
        assertTrue(w.contains("using defaults, the file kept as " + file + ".bad"), w);
        assertEquals(1, w.lines().count(), w);
        assertFalse(Files.exists(file));
        assertEquals(content, Files.readString(dir.resolve("settings.json.bad")), "the operator's file is kept to fix");

        SettingsStore.Loaded again = new SettingsStore(file).load();
        assertNull(again.warning(), "said once: the next start finds no file and starts clean");
    }

    @Test
    void saveReplacesTheFileWholeAndLeavesNoTemporaryFiles() throws Exception {
        Path file = dir.resolve("settings.json");
        SettingsStore store = new SettingsStore(file);
        store.save(Settings.NONE.withDark(true));
        store.save(Settings.NONE.withDark(false).withWindowSize(800, 600));
        assertEquals(false, store.load().settings().dark());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void defaultPathFollowsXdgConfigHomeThenDotConfig() {
        assertEquals(Path.of("/x/cfg/pulsegrid/settings.json"),
                SettingsStore.defaultPath("Linux", "/home/op", Map.of("XDG_CONFIG_HOME", "/x/cfg")));
        assertEquals(Path.of("/home/op/.config/pulsegrid/settings.json"),
                SettingsStore.defaultPath("Linux", "/home/op", Map.of()));
        assertEquals(Path.of("/home/op/.config/pulsegrid/settings.json"),
                SettingsStore.defaultPath("Linux", "/home/op", Map.of("XDG_CONFIG_HOME", "relative/ignored")));
        assertEquals(Path.of("/Users/op/Library/Application Support/Pulsegrid/settings.json"),
                SettingsStore.defaultPath("Mac OS X", "/Users/op", Map.of()));
    }

    @Test
    void flagsGivenThisTimeWinOverStoredValues() {
        FixedTimeoutDetector flag = new FixedTimeoutDetector(Duration.ofSeconds(1), Duration.ofSeconds(2));
        DetectorOverride db = OverrideSpec.parse("role=db:dead-after=30s");
        Settings stored = Settings.NONE.withDetector(PHI).withOverrides(List.of(db)).withDark(true);
        assertEquals(flag, stored.underFlags(flag, null).detector());
        assertEquals(List.of(db), stored.underFlags(flag, null).overrides(), "no --override given: the stored ones stay");
        assertSame(PHI, stored.underFlags(null, null).detector());
        DetectorOverride web = OverrideSpec.parse("role=web:dead-after=5s");
        assertEquals(List.of(web), stored.underFlags(null, List.of(web)).overrides());
        assertEquals(true, stored.underFlags(flag, List.of(web)).dark());
    }
}
