package dev.pulsegrid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pulsegrid.packaging.PomFacts;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class BuildInfoTest {

    @Test
    void theFilteredResourceCarriesThePomVersionAndABuildTime() throws Exception {
        BuildInfo info = BuildInfo.load();
        assertEquals(PomFacts.load().version(), info.version(),
                "build.properties must be filtered from the pom (see <resources> in pom.xml)");
        assertNotEquals(BuildInfo.UNKNOWN, info.time());
        assertTrue(info.time().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), info.time());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0.1.0        | 0.1.0",
        "' 1.2.3 '    | 1.2.3",
        "''           | unknown",
        "${project.version} | unknown",
    })
    void unfilteredOrEmptyValuesReadAsUnknown(String raw, String shown) {
        Properties p = new Properties();
        p.setProperty("version", raw);
        p.setProperty("commit", "${pulsegrid.commit}");
        BuildInfo info = BuildInfo.fromProperties(p);
        assertEquals(shown, info.version());
        assertEquals(BuildInfo.UNKNOWN, info.commit());
        assertEquals(BuildInfo.UNKNOWN, info.time(), "a missing key is unknown too");
    }
}
