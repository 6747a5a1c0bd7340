package dev.pulsegrid.cli;

import dev.pulsegrid.BuildInfo;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code pulsegrid --version}: what was built (version, commit, time) and what it runs on, the
 * three facts a bug report needs. Attach with {@code @Command(versionProvider = VersionProvider.class)}.
 */
public final class VersionProvider implements IVersionProvider {
    private final BuildInfo build;

    public VersionProvider() {
        this(BuildInfo.load());
    }

    VersionProvider(BuildInfo build) {
        this.build = build;
    }

    @Override
    public String[] getVersion() {
        return new String[] {
            build.describe(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name")
                    + ", " + System.getProperty("java.vendor") + ")",
            System.getProperty("os.name") + " " + System.getProperty("os.version")
                    + " " + System.getProperty("os.arch"),
        };
    }
}
