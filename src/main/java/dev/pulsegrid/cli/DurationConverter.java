package dev.pulsegrid.cli;

import dev.pulsegrid.detect.Durations;
import java.time.Duration;
import picocli.CommandLine;

/** picocli converter for {@code 500ms}, {@code 3s}, {@code 2m}: bad input becomes a one-line usage error. */
public final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
        try {
            return Durations.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
