package dev.pulsegrid.bench;

import dev.pulsegrid.cluster.NodeState;
import dev.pulsegrid.cluster.SystemClock;
import dev.pulsegrid.journal.EventKind;
import dev.pulsegrid.journal.Journal;
import dev.pulsegrid.journal.JournalEvent;
import dev.pulsegrid.journal.JournalStats;
import dev.pulsegrid.journal.JournalWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Sustained journal throughput (issue 5 goals: >= 100,000 arrivals/s and >= 20,000 events/s).
 * Producers enqueue as fast as the writer drains (never past the shedding point), for a fixed time;
 * the figure is rows committed per second of wall time, measured from the first enqueue to the final
 * flush. Run: {@code java -cp <test classpath> dev.pulsegrid.bench.JournalThroughputBenchmark [seconds] [nodes]}.
 */
public final class JournalThroughputBenchmark {
    private JournalThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        int nodes = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        Path dir = Files.createTempDirectory("pulsegrid-journal-bench");
        try {
            System.out.println("journal throughput, " + nodes + " nodes, " + seconds + " s per phase, file in " + dir);
            arrivals(Journal.open(dir.resolve("arrivals.db")), seconds, nodes);
            events(Journal.open(dir.resolve("events.db")), seconds, nodes);
            mixed(Journal.open(dir.resolve("mixed.db")), seconds, nodes);
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static void arrivals(Journal j, double seconds, int nodes) {
        String[] ids = ids(nodes);
        try (JournalWriter w = JournalWriter.start(j, SystemClock.INSTANCE)) {
            long start = System.nanoTime();
            long end = start + (long) (seconds * 1e9);
            long n = 0;
            while (System.nanoTime() < end) {
                if (w.stats().queuedArrivals() > 100_000) {
                    java.util.concurrent.locks.LockSupport.parkNanos(200_000);
                    continue;
                }
                for (int i = 0; i < 1_000; i++, n++) {
                    w.recordArrival(ids[(int) (n % nodes)], System.currentTimeMillis());
                }
            }
            w.flush();
            report("arrivals", w.stats(), System.nanoTime() - start, w.stats().committedArrivals());
        }
    }

    static void events(Journal j, double seconds, int nodes) {
        String[] ids = ids(nodes);
        Map<String, String> meta = Map.of("role", "db", "zone", "eu-west-1");
        try (JournalWriter w = JournalWriter.start(j, SystemClock.INSTANCE)) {
            long start = System.nanoTime();
            long end = start + (long) (seconds * 1e9);
            long n = 0;
            while (System.nanoTime() < end) {
                if (w.stats().queuedEvents() > 50_000) {
                    java.util.concurrent.locks.LockSupport.parkNanos(200_000);
                    continue;
                }
                for (int i = 0; i < 1_000; i++, n++) {
                    w.record(new JournalEvent(0, System.currentTimeMillis(), EventKind.TRANSITION, ids[(int) (n % nodes)],
                            NodeState.ALIVE, NodeState.SUSPECT, "no heartbeat for 3.0s (suspect-after 3s)",
                            "10.1.2.3:9797", 7, meta));
                }
            }
            w.flush();
            report("events", w.stats(), System.nanoTime() - start, w.stats().committedEvents());
        }
    }

    /** Both at once, at the goal ratio (5 arrivals per event). */
    static void mixed(Journal j, double seconds, int nodes) {
        String[] ids = ids(nodes);
        try (JournalWriter w = JournalWriter.start(j, SystemClock.INSTANCE)) {
            long start = System.nanoTime();
            long end = start + (long) (seconds * 1e9);
            long n = 0;
            while (System.nanoTime() < end) {
                JournalStats s = w.stats();
                if (s.queuedArrivals() > 100_000 || s.queuedEvents() > 50_000) {
                    java.util.concurrent.locks.LockSupport.parkNanos(200_000);
                    continue;
                }
                for (int i = 0; i < 1_000; i++, n++) {
                    String id = ids[(int) (n % nodes)];
                    w.recordArrival(id, System.currentTimeMillis());
                    if (n % 5 == 0) {
                        w.record(new JournalEvent(0, System.currentTimeMillis(), EventKind.TRANSITION, id, NodeState.SUSPECT,
                                NodeState.ALIVE, "heartbeat after 3.2s", "10.1.2.3:9797", 7, Map.of()));
                    }
                }
            }
            w.flush();
            long elapsed = System.nanoTime() - start;
            report("mixed: arrivals", w.stats(), elapsed, w.stats().committedArrivals());
            report("mixed: events", w.stats(), elapsed, w.stats().committedEvents());
        }
    }

    static void report(String what, JournalStats s, long nanos, long rows) {
        double cpu = writerCpuNanos() / 1e9;
        System.out.printf(Locale.ROOT, "%-16s %,12d rows in %6.2f s = %,10.0f rows/s  | writer thread CPU %5.2f s = %,10.0f rows per CPU-s"
                        + "  (commits %d, shed arrivals %d, lost events %d)%n",
                what, rows, nanos / 1e9, rows / (nanos / 1e9), cpu, rows / cpu, s.commits(), s.shedArrivals(), s.lostEvents());
    }

    /** CPU time of the live writer thread: the figure without the other processes sharing this machine. */
    static long writerCpuNanos() {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (java.lang.management.ThreadInfo t : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (t != null && t.getThreadName().equals("pulsegrid-journal-writer")) {
                return mx.getThreadCpuTime(t.getThreadId());
            }
        }
        return -1;
    }

    static String[] ids(int nodes) {
        String[] ids = new String[nodes];
        for (int i = 0; i < nodes; i++) {
            ids[i] = String.format(Locale.ROOT, "node-%05d", i);
        }
        return ids;
    }
}
