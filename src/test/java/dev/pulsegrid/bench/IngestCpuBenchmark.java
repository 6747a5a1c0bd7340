package dev.pulsegrid.bench;

import dev.pulsegrid.cluster.SystemClock;
import dev.pulsegrid.detect.FixedTimeoutDetector;
import dev.pulsegrid.net.HeartbeatSender;
import dev.pulsegrid.net.Monitor;
import dev.pulsegrid.net.MonitorConfig;
import dev.pulsegrid.replay.ArrivalHistory;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * CPU per heartbeat of the ingest path as GridFrameBenchmark drives it, without the window: N nodes
 * at 1 Hz from the same in-process {@link HeartbeatSender} driver over loopback UDP into a real
 * {@link Monitor} with the GUI's what-if {@link ArrivalHistory} recording every arrival. Prints, over
 * the measured seconds, the membership thread's CPU (Netty handler, decode, membership, history,
 * ticks, publishes) and the sender thread's CPU, each as a share of a core and per accepted heartbeat.
 * On a 2-core machine what these two take is what the FX and render threads do not get.
 *
 * <p>Run: {@code java -cp target/test-classes:target/classes:$(cat cp.txt) dev.pulsegrid.bench.IngestCpuBenchmark 100000 20}
 * (A/B: run old and new back to back and compare the ratios; the machine is shared.)
 * {@code -Dbench.histogram=true} adds the top of the live-object histogram at the end.
 */
public final class IngestCpuBenchmark {
    private IngestCpuBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Monitor monitor = Monitor.start(MonitorConfig.listeningOn(new InetSocketAddress("127.0.0.1", 0))
                .withDetector(new FixedTimeoutDetector(Duration.ofSeconds(3), Duration.ofSeconds(10))));
        ArrivalHistory history = new ArrivalHistory();
        monitor.setHistoryListener(history::record);
        HeartbeatSender sender = HeartbeatSender.open();
        GridFrameBenchmark.NodeDriver driver = new GridFrameBenchmark.NodeDriver(nodes, sender, monitor.localAddress());
        sender.eventLoop().scheduleAtFixedRate(driver::tick, 0, GridFrameBenchmark.NodeDriver.TICK_MS, TimeUnit.MILLISECONDS);

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (monitor.snapshot().nodeCount() < nodes && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        Thread.sleep(5_000); // JIT settled, every node known

        long acc0 = monitor.counters().accepted();
        long sent0 = sender.sent();
        long mem0 = BenchEnv.threadCpuNanos("pulsegrid-membership");
        long snd0 = BenchEnv.threadCpuNanos("pulsegrid-sender");
        long t0 = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        long mem = BenchEnv.threadCpuNanos("pulsegrid-membership") - mem0;
        long snd = BenchEnv.threadCpuNanos("pulsegrid-sender") - snd0;
        double elapsed = (System.nanoTime() - t0) / 1e9;
        long acc = monitor.counters().accepted() - acc0;
        long sent = sender.sent() - sent0;

        System.out.printf(Locale.ROOT, "nodes=%d  sent/s=%.0f accepted/s=%.0f  transport=%s  %s%n", nodes, sent / elapsed,
                acc / elapsed, dev.pulsegrid.net.Transport.name(), BenchEnv.loadAverage());
        System.out.printf(Locale.ROOT, "membership thread: %.1f%% of a core, %.2f us per accepted heartbeat%n",
                mem / elapsed / 1e7, acc == 0 ? -1 : mem / 1e3 / acc);
        System.out.printf(Locale.ROOT, "sender thread:     %.1f%% of a core, %.2f us per sent heartbeat%n",
                snd / elapsed / 1e7, sent == 0 ? -1 : snd / 1e3 / sent);
        if (Boolean.getBoolean("bench.histogram")) {
            System.out.print(BenchEnv.classHistogram(20));
        }
        sender.close();
        monitor.close();
        System.exit(0);
    }
}
