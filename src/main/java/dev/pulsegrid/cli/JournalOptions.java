package dev.pulsegrid.cli;

import dev.pulsegrid.cluster.Clock;
import dev.pulsegrid.cluster.MonitorNote;
import dev.pulsegrid.journal.EventKind;
import dev.pulsegrid.journal.Journal;
import dev.pulsegrid.journal.JournalPaths;
import dev.pulsegrid.journal.JournalWriter;
import dev.pulsegrid.net.MonitorAttachment;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --journal PATH} / {@code --no-journal} for gui and watch: where node logs are kept. */
public final class JournalOptions {
    @Option(names = "--journal", paramLabel = "PATH",
            description = "Journal database (default: pulsegrid/journal.db in the user's data folder,"
                    + " e.g. ~/.local/share on Linux).")
    Path journal;

    @Option(names = "--no-journal", description = "Keep no journal (no node logs, no export, no replay history).")
    boolean noJournal;

    Path path() {
        return journal == null ? JournalPaths.defaultPath() : journal;
    }

    /** Starts the journal writer as a monitor's listener for events and arrivals; no-op with --no-journal. */
    MonitorAttachment attachment(Clock clock, String startedBy) {
        if (noJournal) {
            return MonitorAttachment.NONE;
        }
        Path p = path();
        return m -> {
            JournalWriter w;
            try {
                w = JournalWriter.start(Journal.open(p), clock);
            } catch (RuntimeException e) {
                throw new OperatorException("cannot open the journal " + p + ": " + e.getMessage()
                        + "; or run with --no-journal");
            }
            m.addListener(w);
            m.setArrivalListener((slot, id, ms) -> w.recordArrival(id, ms));
            MonitorNote.Listener notes = n -> w.recordMonitor(n.kind() == MonitorNote.Kind.SELF_PAUSE
                    ? EventKind.SELF_PAUSE : EventKind.SETTINGS_CHANGE, n.text());
            m.addNoteListener(notes);
            w.recordMonitor(EventKind.MONITOR_START, startedBy + " " + m.detector().describe());
            return () -> {
                m.setArrivalListener(null);
                m.removeListener(w);
                m.removeNoteListener(notes);
                w.recordMonitor(EventKind.MONITOR_STOP, startedBy);
                w.close();
            };
        };
    }
}
