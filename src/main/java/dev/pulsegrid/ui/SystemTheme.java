package dev.pulsegrid.ui;

import java.util.Locale;
import java.util.Map;

/**
 * Whether the desktop asks for a dark theme, where it can tell. JavaFX 21 exposes no platform
 * preference, so this reads what the environment says: {@code PULSEGRID_THEME=dark|light} first
 * (the operator's word), then GTK's {@code GTK_THEME} (e.g. {@code Adwaita:dark}). Without either,
 * dark: an operator's wall screen is usually dark.
 */
public final class SystemTheme {
    private SystemTheme() {
    }

    public static boolean prefersDark(Map<String, String> env) {
        String own = env.get("PULSEGRID_THEME");
        if (own != null && !own.isBlank()) {
            return !own.trim().equalsIgnoreCase("light");
        }
        String gtk = env.get("GTK_THEME");
        if (gtk != null && !gtk.isBlank()) {
            String g = gtk.toLowerCase(Locale.ROOT);
            return g.contains("dark");
        }
        return true;
    }
}
