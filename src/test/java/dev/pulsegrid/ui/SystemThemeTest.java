package dev.pulsegrid.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SystemThemeTest {
    @ParameterizedTest(name = "PULSEGRID_THEME={0} GTK_THEME={1} -> dark {2}")
    @CsvSource({"'', '', true", "light, Adwaita:dark, false", "dark, Adwaita, true", "'', Adwaita:dark, true",
                "'', Adwaita, false", "'', Yaru-light, false", "LIGHT, '', false"})
    void readsTheOperatorsWordThenGtk(String own, String gtk, boolean dark) {
        Map<String, String> env = new HashMap<>();
        if (!own.isEmpty()) {
            env.put("PULSEGRID_THEME", own);
        }
        if (!gtk.isEmpty()) {
            env.put("GTK_THEME", gtk);
        }
        assertEquals(dark, SystemTheme.prefersDark(env));
    }

    @ParameterizedTest(name = "portal says {0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "(<<uint32 1>>,)|true",
        "(<<uint32 2>>,)|false",
        "(<uint32 1>,)|true",
        "(<<uint32 0>>,)|",
        "|",
        "Error: GDBus.Error:org.freedesktop.portal.Error.NotFound: Requested setting not found|",
        "(<<'x'>>,)|",
    })
    void readsThePortalsColourScheme(String output, Boolean dark) {
        assertEquals(dark, SystemTheme.fromPortal(output));
    }

    @ParameterizedTest(name = "gsettings says {0} on GNOME {1} -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "'prefer-dark'  |true|true",
        "'prefer-dark'|false|true",
        "'prefer-light'|false|false",
        "'default'|true|false",
        "'default'|false|",
        "|true|",
        "No such key “color-scheme”|true|",
    })
    void readsGnomesColourScheme(String output, boolean onGnome, Boolean dark) {
        assertEquals(dark, SystemTheme.fromGsettings(output, onGnome));
    }

    /** Which source decides, with the commands' outputs faked (empty = the command failed or timed out). */
    @ParameterizedTest(name = "env={0} portal={1} gsettings={2} -> dark {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "|(<<uint32 2>>,)|'prefer-dark'|false",
        "|(<<uint32 0>>,)|'prefer-light'|false",
        "||'prefer-light'|false",
        "|||true",
        "PULSEGRID_THEME=dark|(<<uint32 2>>,)|'prefer-light'|true",
        "GTK_THEME=Adwaita:dark|(<<uint32 2>>,)||true",
        "|(<<uint32 1>>,)|'prefer-light'|true",
        "||'default'|true",
        "XDG_CURRENT_DESKTOP=ubuntu:GNOME||'default'|false",
    })
    void theOperatorsWordThenGtkThenThePortalThenGnome(String env, String portal, String gsettings, boolean dark) {
        Map<String, String> vars = new HashMap<>();
        if (env != null) {
            vars.put(env.substring(0, env.indexOf('=')), env.substring(env.indexOf('=') + 1));
        }
        Map<List<String>, String> answers = new HashMap<>();
        if (portal != null) {
            answers.put(SystemTheme.PORTAL, portal);
        }
        if (gsettings != null) {
            answers.put(SystemTheme.GSETTINGS, gsettings);
        }
        assertEquals(dark, SystemTheme.prefersDark(vars, answers::get));
    }
}
