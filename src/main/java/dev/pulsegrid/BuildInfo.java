package dev.pulsegrid;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Version, commit and build time of this jar, from {@code dev/pulsegrid/build.properties} which
 * Maven fills in at build time. Lives beside {@link Launcher} rather than in {@code cli} so that
 * the About dialog in {@code ui} can read it too (nothing may import {@code cli}).
 *
 * @param version the pom version, e.g. {@code 0.1.0-SNAPSHOT}
 * @param commit  the git commit the jar was built from, or {@value #UNKNOWN}
 * @param time    the build time in UTC (ISO-8601), or {@value #UNKNOWN}
 */
public record BuildInfo(String version, String commit, String time) {
    public static final String UNKNOWN = "unknown";
    static final String RESOURCE = "build.properties";

    /** Reads the resource on the class path; a jar built without it reports "unknown" everywhere. */
    public static BuildInfo load() {
        Properties props = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return fromProperties(props);
    }

    /**
     * A value still reading {@code ${...}} means the file was copied without filtering (an IDE
     * run, a build that skipped process-resources): show "unknown" rather than a placeholder.
     */
    static BuildInfo fromProperties(Properties props) {
        return new BuildInfo(value(props, "version"), value(props, "commit"), value(props, "time"));
    }

    private static String value(Properties props, String key) {
        String v = props.getProperty(key, "").trim();
        return v.isEmpty() || v.contains("${") ? UNKNOWN : v;
    }

    /** One line for logs, the About dialog and the first line of {@code --version}. */
    public String describe() {
        return "Pulsegrid " + version + " (commit " + commit + ", built " + time + ")";
    }
}
