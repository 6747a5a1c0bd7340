package dev.pulsegrid.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
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
}
