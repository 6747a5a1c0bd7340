package dev.pulsegrid.cli;

import dev.pulsegrid.cluster.DetectorOverride;
import dev.pulsegrid.settings.OverrideSpec;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --override SELECTOR:SETTINGS}, repeatable: per-group detectors for {@code watch} and {@code gui}. */
public final class OverrideOptions {

    /** picocli converter: bad syntax becomes a one-line usage error (exit 2) naming the fault and the form. */
    public static final class Converter implements CommandLine.ITypeConverter<DetectorOverride> {
        @Override
        public DetectorOverride convert(String value) {
            try {
                return OverrideSpec.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    @Option(names = "--override", paramLabel = "SELECTOR:SETTINGS", converter = Converter.class,
            description = {"A detector for the nodes whose metadata match SELECTOR, repeatable; the first match wins, "
                + "e.g. 'role=db:suspect-after=10s,dead-after=30s' or 'role=db,zone=eu-1:detector=phi,phi-dead=12'.",
                "SETTINGS are the detector flags without '--' (detector, suspect-after, dead-after, phi-suspect, ...); "
                + "unnamed ones take that detector's defaults."})
    List<DetectorOverride> overrides = new ArrayList<>();

    public List<DetectorOverride> overrides() {
        return List.copyOf(overrides);
    }

    /** The overrides when at least one was given, null when none was (stored ones may then apply). */
    public List<DetectorOverride> givenOrNull() {
        return overrides.isEmpty() ? null : overrides();
    }

    /** For the startup line: " with overrides role=db, zone=eu-1", or "". */
    public String describe() {
        if (overrides.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("; overrides ");
        for (int i = 0; i < overrides.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(OverrideSpec.format(overrides.get(i)));
        }
        return b.toString();
    }
}
