package dev.pulsegrid.settings;

import dev.pulsegrid.journal.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;

/**
 * The operator's settings file in the per-user config directory ({@code $XDG_CONFIG_HOME/pulsegrid/settings.json},
 * {@code ~/.config/pulsegrid/} without it), or where {@code -Dpulsegrid.settings=FILE} says.
 * Written whole or not at all (temp file + rename), so a crash mid-save leaves the previous file.
 * A file that cannot be read as settings is moved aside to {@code settings.json.bad} and the
 * defaults used: a hand edit gone wrong must never stop the window from opening.
 */
public final class SettingsStore {
    /** System property naming the settings file (tests, portable installs). */
    public static final String PROPERTY = "pulsegrid.settings";
    public static final String FILE_NAME = "settings.json";

    private final Path file;

    /** What {@link #load} found: the settings, and a one-line warning when the file was unusable. */
    public record Loaded(Settings settings, String warning) {
    }

    public SettingsStore(Path file) {
        this.file = file;
    }

    public static SettingsStore atDefaultLocation() {
        String own = System.getProperty(PROPERTY);
        if (own != null && !own.isBlank()) {
            return new SettingsStore(Path.of(own));
        }
        return new SettingsStore(defaultPath(System.getProperty("os.name", ""), System.getProperty("user.home", "."),
                System.getenv()));
    }

    /** Pure form of the platform rule, testable anywhere. */
    static Path defaultPath(String osName, String userHome, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        Path home = Path.of(userHome);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve("Pulsegrid").resolve(FILE_NAME);
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Pulsegrid").resolve(FILE_NAME);
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        // The XDG spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".config");
        return base.resolve("pulsegrid").resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    /** Reads the file; never throws. No file yet: {@link Settings#NONE} without a warning. */
    public Loaded load() {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new Loaded(Settings.NONE, null);
        } catch (IOException | RuntimeException e) {
            return new Loaded(Settings.NONE, "settings " + file + " cannot be read (" + e.getMessage()
                    + "); using defaults this time: check its permissions");
        }
        try {
            return new Loaded(SettingsJson.read(text), null);
        } catch (IOException | RuntimeException e) {
            String why = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            Path bad = file.resolveSibling(file.getFileName() + ".bad");
            String kept;
            try {
                Files.move(file, bad, StandardCopyOption.REPLACE_EXISTING);
                kept = "kept as " + bad;
            } catch (IOException | RuntimeException moveFailed) {
                kept = "could not be moved aside (" + moveFailed.getMessage() + ")";
            }
            return new Loaded(Settings.NONE, "settings " + file + " is malformed (" + why + "); using defaults, the file "
                    + kept + " for you to fix or delete");
        }
    }

    /** Replaces the file atomically. */
    public void save(Settings s) throws IOException {
        AtomicFile.write(file, out -> {
            SettingsJson.write(s, out);
            out.write('\n');
            return null;
        });
    }
}
