package dev.pulsegrid.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InstallerVersionTest {

    @ParameterizedTest
    @CsvSource({
        "0.1.0-SNAPSHOT, 0.1.0",
        "1.2.3,          1.2.3",
        "2.0-rc-1,       2.0",
    })
    void pomQualifierIsDropped(String pom, String installer) {
        assertEquals(installer, InstallerVersion.fromPom(pom));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0.1.0     | deb | ''",
        "0.1.0     | msi | ''",
        "0.1.0     | dmg | CFBundleVersion must not start with 0",
        "1.0.0     | dmg | ''",
        "1.2.3.4   | dmg | CFBundleVersion takes at most 3 components",
        "1.2.3.4   | msi | ''",
        "256.0.0   | msi | MSI limits: major <= 255, minor <= 255, build <= 65535",
        "1.0.65536 | msi | MSI limits: major <= 255, minor <= 255, build <= 65535",
        "1.0-beta  | deb | not dot-separated numbers",
    })
    void jpackageRulesPerInstaller(String version, String type, String problem) {
        assertEquals(problem, InstallerVersion.problem(version, type).orElse(""));
    }
}
