package dev.pulsegrid.cli;

import picocli.CommandLine;

/** Version from the jar manifest (set by Maven), "dev" when running from classes. */
public final class VersionInfo implements CommandLine.IVersionProvider {
    public static String version() {
        String v = VersionInfo.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"pulsegrid " + version() + " (Java " + Runtime.version() + ")"};
    }
}
