package dev.pulsegrid.bench;

import dev.pulsegrid.cluster.NodeState;
import dev.pulsegrid.cluster.SystemClock;
import dev.pulsegrid.journal.EventKind;
import dev.pulsegrid.journal.ExportControl;
import dev.pulsegrid.journal.ExportFormat;
import dev.pulsegrid.journal.ExportRows;
import dev.pulsegrid.journal.Exporter;
import dev.pulsegrid.journal.Journal;
import dev.pulsegrid.journal.JournalEvent;
import dev.pulsegrid.journal.JournalQuery;
import dev.pulsegrid.journal.JournalWriter;
import dev.pulsegrid.journal.WriterOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Export of 1,000,000 events to CSV (issue 5 goal: under 5 s), plus JSON Lines and an arrivals trace
 * for comparison. Run: {@code java -cp <test classpath> dev.pulsegrid.bench.ExportBenchmark [events] [runs]}.
 */
public final class ExportBenchmark {
    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        // -Dbench.keep=DIR reuses (or leaves) the filled journal there, to repeat exports without refilling.
        String keep = System.getProperty("bench.keep");
        Path dir = keep != null ? Files.createDirectories(Path.of(keep)) : Files.createTempDirectory("pulsegrid-export-bench");
        try {
            boolean filled = Files.exists(dir.resolve("journal.db"));
            Journal journal = Journal.open(dir.resolve("journal.db"));
            if (!filled) {
                long t0 = System.nanoTime();
                fill(journal, events);
                System.out.printf(Locale.ROOT, "filled %,d events and %,d arrivals in %.1f s%n", events, events,
                        (System.nanoTime() - t0) / 1e9);
            }
            for (int run = 1; run <= runs; run++) {
                time("events CSV", journal, ExportRows.EVENTS, ExportFormat.CSV, dir.resolve("events.csv"), run);
                time("events JSONL", journal, ExportRows.EVENTS, ExportFormat.JSONL, dir.resolve("events.jsonl"), run);
                time("arrivals CSV", journal, ExportRows.ARRIVALS, ExportFormat.CSV, dir.resolve("trace.csv"), run);
            }
        } finally {
            if (keep != null) {
                return;
            }
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static void fill(Journal journal, int n) {
        Map<String, String> meta = Map.of("role", "db", "zone", "eu-west-1");
        long start = System.currentTimeMillis() - n;
        try (JournalWriter w = JournalWriter.start(journal, SystemClock.INSTANCE, WriterOptions.DEFAULT)) {
            for (int i = 0; i < n; i++) {
                while (w.stats().queuedEvents() > 50_000 || w.stats().queuedArrivals() > 100_000) {
                    java.util.concurrent.locks.LockSupport.parkNanos(500_000);
                }
                String node = "node-" + (i % 10_000);
                w.record(new JournalEvent(0, start + i, i % 3 == 0 ? EventKind.RESTART : EventKind.TRANSITION, node,
                        NodeState.ALIVE, NodeState.SUSPECT, "no heartbeat for 3.0s (suspect-after 3s)", "10.1.2.3:9797",
                        i % 7, i % 2 == 0 ? meta : Map.of()));
                w.recordArrival(node, start + i);
            }
            w.flush();
        }
    }

    static void time(String what, Journal j, ExportRows rows, ExportFormat format, Path out, int run) throws Exception {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        long n = Exporter.toFile(j, JournalQuery.ALL, rows, format, out, ExportControl.none());
        double s = (System.nanoTime() - t0) / 1e9;
        double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
        System.out.printf(Locale.ROOT, "run %d  %-13s %,10d rows  %6.2f s wall  %,10.0f rows/s  (thread CPU %5.2f s)  %,6.1f MB%n",
                run, what, n, s, n / s, cpu, Files.size(out) / 1e6);
        Files.delete(out);
    }
}
