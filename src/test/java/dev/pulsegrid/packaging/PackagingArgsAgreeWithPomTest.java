package dev.pulsegrid.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The installers are built from packaging/*.jpackage; these must describe the jar the pom builds.
 * A mismatch here is an installer that does not start (wrong main class or jar name), claims the
 * wrong version, or ships a runtime missing a module.
 */
class PackagingArgsAgreeWithPomTest {
    private static final Path PACKAGING = Path.of("packaging");
    private static final List<Path> OS_FILES = List.of(
            PACKAGING.resolve("linux/linux.jpackage"),
            PACKAGING.resolve("windows/windows.jpackage"),
            PACKAGING.resolve("mac/mac.jpackage"));

    private static PomFacts pom;
    private static ArgFile common;
    private static ArgFile launcher;

    @BeforeAll
    static void read() throws Exception {
        pom = PomFacts.load();
        common = ArgFile.read(PACKAGING.resolve("common.jpackage"));
        launcher = ArgFile.read(PACKAGING.resolve("launcher.jpackage"));
    }

    @Test
    void launcherStartsThePomsMainClassWhichHasAMainMethod() throws Exception {
        assertEquals(pom.mainClass(), launcher.single("--main-class"));
        Method main = Class.forName(pom.mainClass()).getMethod("main", String[].class);
        assertTrue(Modifier.isStatic(main.getModifiers()), "main must be static");
    }

    @Test
    void launcherRunsTheShadedJar() {
        assertEquals(pom.shadedJarName(), launcher.single("--main-jar"));
    }

    @Test
    void versionIsTakenFromThePomNeverWrittenIntoAnArgFile() throws Exception {
        assertEquals("@APP_VERSION@", common.single("--app-version"),
                "write @APP_VERSION@: the build scripts fill in the pom's version");
        for (Path p : OS_FILES) {
            assertFalse(ArgFile.read(p).options().containsKey("--app-version"), p + " sets --app-version");
        }
        String installer = InstallerVersion.fromPom(pom.version());
        assertEquals("", InstallerVersion.problem(installer, "deb").orElse(""), "deb version " + installer);
        assertEquals("", InstallerVersion.problem(installer, "msi").orElse(""), "msi version " + installer);
        if (InstallerVersion.problem(installer, "dmg").isPresent()) {
            assertTrue(Files.readString(PACKAGING.resolve("mac/build.sh")).contains("MAC_APP_VERSION"),
                    "macOS rejects " + installer + ": mac/build.sh must ask for MAC_APP_VERSION");
        }
    }

    @Test
    void changelogTopReleaseIsThePomVersion() throws Exception {
        Matcher m = Pattern.compile("(?m)^## \\[(\\d[^\\]]*)\\]").matcher(Files.readString(Path.of("CHANGELOG.md")));
        assertTrue(m.find(), "CHANGELOG.md has no '## [x.y.z]' section");
        assertEquals(InstallerVersion.fromPom(pom.version()), m.group(1));
    }

    @Test
    void descriptionIsThePoms() {
        assertEquals(pom.description(), common.single("--description"));
    }

    @Test
    void perOsFilesDoNotOverrideSharedOptions() throws Exception {
        Set<String> shared = new HashSet<>(common.options().keySet());
        shared.addAll(launcher.options().keySet());
        for (Path p : OS_FILES) {
            Set<String> overlap = new HashSet<>(ArgFile.read(p).options().keySet());
            overlap.retainAll(shared);
            assertTrue(overlap.isEmpty(), p + " repeats shared options " + overlap);
        }
    }

    @Test
    void filesNamedByTheArgFilesExist() throws Exception {
        for (Path p : OS_FILES) {
            ArgFile args = ArgFile.read(p);
            for (String opt : List.of("--icon", "--resource-dir")) {
                for (String file : args.all(opt)) {
                    assertTrue(Files.exists(Path.of(file)), p + ": " + opt + " " + file + " does not exist");
                }
            }
            for (String launcherSpec : args.all("--add-launcher")) {
                String file = launcherSpec.substring(launcherSpec.indexOf('=') + 1);
                assertTrue(Files.exists(Path.of(file)), p + ": --add-launcher " + file + " does not exist");
            }
        }
    }

    @Test
    void agentServiceRunsTheLauncherTheDebInstalls() throws Exception {
        String pkg = ArgFile.read(PACKAGING.resolve("linux/linux.jpackage")).single("--linux-package-name");
        String launcherPath = "/opt/" + pkg + "/bin/" + common.single("--name");
        String unit = Files.readString(PACKAGING.resolve("linux/pulsegrid-agent.service"));
        Matcher exec = Pattern.compile("(?m)^ExecStart=(\\S+) agent ").matcher(unit);
        assertTrue(exec.find(), "ExecStart must run '<launcher> agent ...'");
        assertEquals(launcherPath, exec.group(1));
    }

    /** Our own classes (fast to scan); build.sh checks the whole shaded jar with the same jdeps. */
    @Test
    void runtimeHasEveryModuleOurCodeUses() throws Exception {
        ArgFile jlink = ArgFile.read(PACKAGING.resolve("runtime.jlink"));
        Set<String> listed = new HashSet<>(Arrays.asList(jlink.single("--add-modules").split(",")));
        assertFalse(listed.stream().anyMatch(m -> m.startsWith("javafx.")),
                "JavaFX rides in the jar on the class path; jlink has no JavaFX jmods to add");

        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        StringWriter out = new StringWriter();
        int code = jdeps.run(new PrintWriter(out), new PrintWriter(out), "--print-module-deps",
                "--ignore-missing-deps", "--multi-release", "17", "target/classes");
        assertEquals(0, code, out.toString());
        for (String module : out.toString().trim().split(",")) {
            assertTrue(listed.contains(module), "our code needs " + module + ", missing from runtime.jlink");
        }
    }
}
