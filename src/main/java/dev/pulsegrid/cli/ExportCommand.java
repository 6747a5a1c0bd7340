package dev.pulsegrid.cli;

import dev.pulsegrid.cluster.Clock;
import dev.pulsegrid.cluster.SystemClock;
import dev.pulsegrid.journal.EventKind;
import dev.pulsegrid.journal.ExportControl;
import dev.pulsegrid.journal.ExportFormat;
import dev.pulsegrid.journal.ExportRows;
import dev.pulsegrid.journal.Exporter;
import dev.pulsegrid.journal.Journal;
import dev.pulsegrid.journal.JournalException;
import dev.pulsegrid.journal.JournalPaths;
import dev.pulsegrid.journal.JournalQuery;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code pulsegrid export}: journal events or arrivals as CSV / JSON Lines, to a file or stdout. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Export node events or heartbeat arrivals from the journal (columns: docs/EXPORT.md).",
            "--what arrivals --format csv writes the replay trace format: node,arrival_ms."})
public final class ExportCommand implements Callable<Integer> {
    static {
        // Lets --help show the real per-platform default path through ${sys:...}.
        if (System.getProperty("pulsegrid.journal.default") == null) {
            System.setProperty("pulsegrid.journal.default", JournalPaths.defaultPath().toString());
        }
    }

    @Option(names = "--journal", paramLabel = "PATH",
            description = "Journal file (default: ${DEFAULT-VALUE}).", defaultValue = "${sys:pulsegrid.journal.default}")
    Path journal;

    @Option(names = "--node", paramLabel = "ID", arity = "1..*", description = "Only these nodes (repeatable).")
    List<String> nodes = new ArrayList<>();

    @Option(names = "--kind", paramLabel = "KIND", split = ",", converter = KindConverter.class,
            description = "events only: only these kinds, e.g. transition,restart.")
    List<EventKind> kinds = new ArrayList<>();

    @Option(names = "--text", paramLabel = "TEXT",
            description = "events only: case-insensitive text in node, kind, reason, address or metadata.")
    String text;

    @Option(names = "--since", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Only the last DURATION, e.g. 30m, 2h.")
    Duration since;

    @Option(names = "--from", paramLabel = "T", converter = InstantConverter.class,
            description = "From this time (inclusive), ISO-8601, e.g. 2026-11-25T22:00:00Z.")
    Instant from;

    @Option(names = "--to", paramLabel = "T", converter = InstantConverter.class,
            description = "Up to this time (exclusive), ISO-8601.")
    Instant to;

    @Option(names = "--format", paramLabel = "FORMAT", required = true, converter = FormatConverter.class,
            description = "csv or jsonl.")
    ExportFormat format;

    @Option(names = "--what", paramLabel = "ROWS", defaultValue = "events", converter = RowsConverter.class,
            description = "events or arrivals (default: ${DEFAULT-VALUE}).")
    ExportRows what;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write here (complete or not at all) instead of stdout.")
    Path out;

    @Spec
    CommandSpec spec;

    private final Clock clock;

    public ExportCommand() {
        this(SystemClock.INSTANCE);
    }

    ExportCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() throws Exception {
        JournalQuery query = query();
        Path path = journal == null ? JournalPaths.defaultPath() : journal;
        if (!Files.isRegularFile(path)) {
            throw new OperatorException("no journal at " + path + ": pass --journal PATH (gui and watch write "
                    + JournalPaths.defaultPath() + " unless told otherwise)");
        }
        try {
            Journal j = Journal.open(path);
            ExportControl control = ExportControl.none();
            PrintWriter err = spec.commandLine().getErr();
            if (out == null) {
                Writer w = new BufferedWriter(spec.commandLine().getOut(), 1 << 16);
                Exporter.toWriter(j, query, what, format, w, control);
            } else {
                long n = Exporter.toFile(j, query, what, format, out, control);
                err.println("export: " + n + " " + what.name().toLowerCase(Locale.ROOT) + " written to " + out);
            }
            if (control.skippedRows() > 0) {
                err.println("export: skipped " + control.skippedRows() + " arrival samples of nodes whose id a trace"
                        + " cannot hold (comma, leading '#', surrounding spaces); --format jsonl keeps them");
            }
            err.flush();
        } catch (JournalException e) {
            throw new OperatorException(e.getMessage(), e);
        } catch (IOException e) {
            throw new OperatorException("cannot write " + (out == null ? "stdout" : out) + ": " + e.getMessage(), e);
        }
        return 0;
    }

    private JournalQuery query() {
        if (since != null && (from != null || to != null)) {
            throw usage("--since cannot be combined with --from/--to: use one or the other");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw usage("--from " + from + " is after --to " + to + ": swap them");
        }
        if (what == ExportRows.ARRIVALS && (!kinds.isEmpty() || text != null)) {
            throw usage("--kind and --text filter events only: drop them or use --what events");
        }
        Long fromMillis = from == null ? null : from.toEpochMilli();
        Long toMillis = to == null ? null : to.toEpochMilli();
        if (since != null) {
            fromMillis = clock.wallMillis() - since.toMillis();
        }
        Set<EventKind> k = kinds.isEmpty() ? Set.of() : EnumSet.copyOf(kinds);
        return new JournalQuery(new HashSet<>(nodes), k, fromMillis, toMillis, text, 0, 0);
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** ISO-8601 instant ({@code 2026-11-25T22:00:00Z}), with offset ({@code ...+01:00}), or a UTC date. */
    static final class InstantConverter implements CommandLine.ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            try {
                if (value.length() == 10) {
                    return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
                }
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + value
                        + "' is not a time: use ISO-8601 such as 2026-11-25T22:00:00Z or 2026-11-25T23:00:00+01:00");
            }
        }
    }

    static final class FormatConverter implements CommandLine.ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            try {
                return ExportFormat.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    static final class RowsConverter implements CommandLine.ITypeConverter<ExportRows> {
        @Override
        public ExportRows convert(String value) {
            return switch (value.trim().toLowerCase(Locale.ROOT)) {
                case "events" -> ExportRows.EVENTS;
                case "arrivals" -> ExportRows.ARRIVALS;
                default -> throw new CommandLine.TypeConversionException("'" + value + "' is not exportable: use events or arrivals");
            };
        }
    }

    static final class KindConverter implements CommandLine.ITypeConverter<EventKind> {
        @Override
        public EventKind convert(String value) {
            try {
                return EventKind.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
