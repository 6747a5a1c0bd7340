package dev.pulsegrid.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Whether the desktop asks for a dark theme, where it can tell. JavaFX 21 exposes no platform
 * preference, so this asks, in order: {@code PULSEGRID_THEME=dark|light} (the operator's word),
 * GTK's {@code GTK_THEME} (e.g. {@code Adwaita:dark}, a per-process override), the freedesktop
 * settings portal's {@code color-scheme} (GNOME, KDE and others behind xdg-desktop-portal), then
 * GNOME's {@code gsettings} key. Without any answer, dark: an operator's wall screen is usually dark.
 * The two commands are run by the caller's runner (off the FX thread, with a timeout); everything
 * here is parsing.
 */
public final class SystemTheme {
    static final List<String> PORTAL = List.of("gdbus", "call", "--session", "--dest", "org.freedesktop.portal.Desktop",
            "--object-path", "/org/freedesktop/portal/desktop", "--method", "org.freedesktop.portal.Settings.Read",
            "org.freedesktop.appearance", "color-scheme");
    static final List<String> GSETTINGS = List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme");

    private SystemTheme() {
    }

    /** From the environment alone (no commands run): quick, for the first frame. */
    public static boolean prefersDark(Map<String, String> env) {
        return prefersDark(env, command -> null);
    }

    /**
     * @param run runs a command and returns its standard output, or null when it failed, timed out
     *            or is not installed
     */
    public static boolean prefersDark(Map<String, String> env, Function<List<String>, String> run) {
        String own = env.get("PULSEGRID_THEME");
        if (own != null && !own.isBlank()) {
            return !own.trim().equalsIgnoreCase("light");
        }
        String gtk = env.get("GTK_THEME");
        if (gtk != null && !gtk.isBlank()) {
            return gtk.toLowerCase(Locale.ROOT).contains("dark");
        }
        Boolean portal = fromPortal(run.apply(PORTAL));
        if (portal != null) {
            return portal;
        }
        String desktop = env.getOrDefault("XDG_CURRENT_DESKTOP", "");
        Boolean gnome = fromGsettings(run.apply(GSETTINGS), desktop.toUpperCase(Locale.ROOT).contains("GNOME"));
        return gnome == null || gnome;
    }

    /**
     * The portal's answer, e.g. {@code (<<uint32 1>>,)} (older portals: {@code (<uint32 1>,)}): 1 prefers
     * dark, 2 prefers light, 0 states no preference (null, as for anything unreadable).
     */
    static Boolean fromPortal(String output) {
        if (output == null) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("uint32\\s+(\\d+)").matcher(output);
        if (!m.find()) {
            return null;
        }
        return switch (m.group(1)) {
            case "1" -> Boolean.TRUE;
            case "2" -> Boolean.FALSE;
            default -> null;
        };
    }

    /**
     * GNOME's key, e.g. {@code 'prefer-dark'}: dark for prefer-dark, light for prefer-light; 'default'
     * is light on a GNOME desktop (GNOME draws its own applications light then) but no answer
     * elsewhere, where it is only the schema's default (a bare X server, another desktop); null for
     * anything else.
     */
    static Boolean fromGsettings(String output, boolean onGnome) {
        if (output == null) {
            return null;
        }
        String v = output.trim().replace("'", "").toLowerCase(Locale.ROOT);
        return switch (v) {
            case "prefer-dark" -> Boolean.TRUE;
            case "prefer-light" -> Boolean.FALSE;
            case "default" -> onGnome ? Boolean.FALSE : null;
            default -> null;
        };
    }
}
