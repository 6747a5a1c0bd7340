package dev.pulsegrid.packaging;

import java.math.BigInteger;
import java.util.Optional;

/**
 * The version jpackage is given, derived from the pom version, and the rules jpackage 17 applies
 * to it per installer type (jdk.jpackage: DebianBundler, MsiVersion, CFBundleVersion). The build
 * scripts derive it with the same rule ({@code ${version%%-*}} in bash).
 */
final class InstallerVersion {
    private InstallerVersion() {
    }

    /** 0.1.0-SNAPSHOT -> 0.1.0: installers take numbers only. */
    static String fromPom(String pomVersion) {
        int dash = pomVersion.indexOf('-');
        return dash < 0 ? pomVersion : pomVersion.substring(0, dash);
    }

    /** Why jpackage would reject {@code version} for {@code type} (deb, msi, dmg), or empty. */
    static Optional<String> problem(String version, String type) {
        if (!version.matches("\\d+(\\.\\d+)*")) {
            return Optional.of("not dot-separated numbers");
        }
        String[] parts = version.split("\\.");
        BigInteger[] n = new BigInteger[parts.length];
        for (int i = 0; i < parts.length; i++) {
            n[i] = new BigInteger(parts[i]);
        }
        switch (type) {
            case "deb":
                return Optional.empty();
            case "msi":
                if (parts.length > 4) {
                    return Optional.of("MSI takes at most 4 components");
                }
                if (n[0].intValue() > 255 || n.length > 1 && n[1].intValue() > 255
                        || n.length > 2 && n[2].intValue() > 65535) {
                    return Optional.of("MSI limits: major <= 255, minor <= 255, build <= 65535");
                }
                return Optional.empty();
            case "dmg":
                if (parts.length > 3) {
                    return Optional.of("CFBundleVersion takes at most 3 components");
                }
                if (n[0].signum() == 0) {
                    return Optional.of("CFBundleVersion must not start with 0");
                }
                return Optional.empty();
            default:
                throw new IllegalArgumentException("unknown installer type " + type);
        }
    }
}
