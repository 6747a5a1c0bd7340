package dev.pulsegrid.settings;

/**
 * What the window starts with. {@code effective} is the stored settings with this command line's
 * explicit flags laid over them, its detector always set; {@code stored} is the file as loaded, to
 * which the operator's changes in the window are applied and saved, so a flag given once does not
 * quietly become the stored choice.
 *
 * @param stored    the settings file as loaded ({@link Settings#NONE} when absent or malformed)
 * @param effective what this run uses
 * @param store     where changes are saved, or null for nowhere (tests, demos)
 * @param warning   the one-line warning the load produced, or null
 */
public record StartupSettings(Settings stored, Settings effective, SettingsStore store, String warning) {
    public StartupSettings {
        stored = stored == null ? Settings.NONE : stored;
        effective = effective == null ? stored : effective;
    }

    /** Nothing stored, nothing saved. */
    public static StartupSettings none() {
        return new StartupSettings(Settings.NONE, Settings.NONE, null, null);
    }
}
