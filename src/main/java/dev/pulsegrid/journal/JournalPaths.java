package dev.pulsegrid.journal;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the journal lives when the operator does not say: the platform's per-user data directory. */
public final class JournalPaths {
    public static final String FILE_NAME = "journal.db";

    private JournalPaths() {
    }

    /** {@code $XDG_DATA_HOME/pulsegrid/journal.db} on Linux, Application Support on macOS, %LOCALAPPDATA% on Windows. */
    public static Path defaultPath() {
        return defaultPath(System.getProperty("os.name", ""), System.getProperty("user.home", "."), System.getenv());
    }

    /** Pure form of {@link #defaultPath()} so every platform's rule can be tested on any platform. */
    static Path defaultPath(String osName, String userHome, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        Path home = Path.of(userHome);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = nonBlank(local) ? Path.of(local) : home.resolve("AppData").resolve("Local");
            return base.resolve("Pulsegrid").resolve(FILE_NAME);
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Pulsegrid").resolve(FILE_NAME);
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        Path base = nonBlank(xdg) && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("pulsegrid").resolve(FILE_NAME);
    }

    private static boolean nonBlank(String s) {
        return s != null && !s.isBlank();
    }
}
