package dev.pulsegrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pulsegrid.BuildInfo;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class VersionProviderTest {

    @Command(name = "pulsegrid", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
    static final class Root implements Runnable {
        @Override
        public void run() {
        }
    }

    @Test
    void versionOptionPrintsVersionCommitBuildTimeAndRuntime() {
        StringWriter out = new StringWriter();
        CommandLine cmd = new CommandLine(new Root());
        cmd.setOut(new PrintWriter(out));
        int code = cmd.execute("--version");

        assertEquals(0, code);
        String[] lines = out.toString().split("\\R");
        BuildInfo build = BuildInfo.load();
        assertEquals("Pulsegrid " + build.version() + " (commit " + build.commit() + ", built "
                + build.time() + ")", lines[0]);
        assertTrue(lines[1].startsWith("Java " + System.getProperty("java.version")), lines[1]);
        assertTrue(lines[2].startsWith(System.getProperty("os.name")), lines[2]);
    }

    @Test
    void givenBuildInfoIsWhatIsShown() {
        String[] v = new VersionProvider(new BuildInfo("9.8.7", "0123abcd4567", "2026-01-02T03:04:05Z"))
                .getVersion();
        assertEquals("Pulsegrid 9.8.7 (commit 0123abcd4567, built 2026-01-02T03:04:05Z)", v[0]);
    }
}
