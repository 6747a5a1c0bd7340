package dev.pulsegrid.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.pulsegrid.detect.Durations;
import dev.pulsegrid.detect.FailureDetector;
import dev.pulsegrid.replay.QosSummary;
import dev.pulsegrid.replay.Replayer;
import dev.pulsegrid.replay.Trace;
import dev.pulsegrid.replay.TraceCsv;
import dev.pulsegrid.replay.TransitionSink;
import dev.pulsegrid.replay.Verdict;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pulsegrid replay --trace FILE [detector flags]}: runs a recorded arrival trace through a
 * detector; one JSON line per transition on stdout, the QoS summary on stderr. Trace format:
 * docs/TRACE.md.
 */
@Command(name = "replay", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Replays a recorded heartbeat trace (CSV node,arrival_ms; see docs/TRACE.md) through a failure detector.",
            "Prints every transition as a JSON line (ts, node, from, to, reason) on stdout and a QoS summary on stderr:",
            "detection time of known crashes, false suspicions and false DEADs per node-hour, mean mistake duration."})
public final class ReplayCommand implements Callable<Integer> {

    @Option(names = "--trace", required = true, paramLabel = "FILE", description = "Trace CSV to replay.")
    Path trace;

    @Option(names = "--summary-only", description = "Print only the QoS summary, no transitions.")
    boolean summaryOnly;

    @Mixin
    DetectorOptions detector = new DetectorOptions();

    @Spec
    CommandSpec spec;

    /** A command line for this command alone that reports bad flags in one line with exit code 2. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new ReplayCommand());
        cl.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("replay: " + ex.getMessage() + " (see 'pulsegrid replay --help')");
            return ex.getCommandLine().getCommandSpec().exitCodeOnInvalidInput();
        });
        return cl;
    }

    @Override
    public Integer call() throws IOException {
        FailureDetector d = detector.toDetector();
        Trace t = readTrace();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        QosSummary q;
        if (summaryOnly) {
            q = Replayer.run(t, d);
        } else {
            // One object per line: no root separator, a newline written after each object.
            try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
                json.setRootValueSeparator(null);
                json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
                q = Replayer.run(t, d, new JsonLines(json, t));
            }
        }
        out.flush();
        err.println("replay of " + trace + " (" + t.nodeCount() + " nodes) with " + d.describe());
        err.println(q.describe());
        err.flush();
        return 0;
    }

    private Trace readTrace() {
        try (Reader r = Files.newBufferedReader(trace, StandardCharsets.UTF_8)) {
            return TraceCsv.read(r);
        } catch (NoSuchFileException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--trace " + trace + ": no such file");
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--trace " + trace + ": " + e.getMessage());
        }
    }

    /** Writes each transition as {"ts":..,"node":..,"from":..,"to":..,"reason":..}. */
    private static final class JsonLines implements TransitionSink {
        private final JsonGenerator json;
        private final Trace trace;

        JsonLines(JsonGenerator json, Trace trace) {
            this.json = json;
            this.trace = trace;
        }

        @Override
        public void transition(long atMs, int node, Verdict from, Verdict to, Cause cause, long silenceMs,
                               long thresholdMs, boolean afterCrash) {
            try {
                json.writeStartObject();
                json.writeNumberField("ts", atMs);
                json.writeStringField("node", trace.node(node));
                if (from == null) {
                    json.writeNullField("from");
                } else {
                    json.writeStringField("from", from.name());
                }
                json.writeStringField("to", to.name());
                json.writeStringField("reason", reason(to, cause, silenceMs, thresholdMs, afterCrash));
                json.writeEndObject();
                json.writeRaw('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String reason(Verdict to, Cause cause, long silenceMs, long thresholdMs, boolean afterCrash) {
            String silence = Durations.seconds(silenceMs * 1_000_000L);
            return switch (cause) {
                case FIRST_HEARTBEAT -> "first heartbeat";
                case SILENCE -> "no heartbeat for " + silence + " (" + (to == Verdict.DEAD ? "dead" : "suspect")
                        + " after " + Durations.seconds(thresholdMs * 1_000_000L) + ")" + (afterCrash ? "; known crash" : "");
                case HEARTBEAT -> "heartbeat after " + silence + " of silence";
                case RESTART -> "heartbeat after a known crash (" + silence + " down)";
            };
        }
    }
}
