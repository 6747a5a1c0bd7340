package dev.pulsegrid.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JournalPathsTest {
    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
        "Linux,      /home/ann, -,              -,                      /home/ann/.local/share/pulsegrid/journal.db",
        "Linux,      /home/ann, XDG_DATA_HOME,  /data/x,                /data/x/pulsegrid/journal.db",
        "Linux,      /home/ann, XDG_DATA_HOME,  relative/ignored,       /home/ann/.local/share/pulsegrid/journal.db",
        "Mac OS X,   /Users/ann, -,             -,                      /Users/ann/Library/Application Support/Pulsegrid/journal.db",
        "Windows 11, /home/ann, LOCALAPPDATA,   /appdata/local,         /appdata/local/Pulsegrid/journal.db",
        "Windows 11, /home/ann, -,              -,                      /home/ann/AppData/Local/Pulsegrid/journal.db",
    })
    void defaultPathFollowsThePlatformConvention(String os, String home, String var, String value, String expected) {
        Map<String, String> env = new HashMap<>();
        if (var != null) {
            env.put(var, value);
        }
        assertEquals(Path.of(expected), JournalPaths.defaultPath(os, home, env));
    }
}
