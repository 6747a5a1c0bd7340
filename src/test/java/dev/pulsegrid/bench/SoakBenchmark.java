package dev.pulsegrid.bench;

import dev.pulsegrid.cluster.ClusterSnapshot;
import dev.pulsegrid.cluster.NodeState;
import dev.pulsegrid.cluster.SystemClock;
import dev.pulsegrid.net.HeartbeatSender;
import dev.pulsegrid.net.IngestCounters;
import dev.pulsegrid.net.IngestSecurity;
import dev.pulsegrid.net.KernelUdpStats;
import dev.pulsegrid.net.Monitor;
import dev.pulsegrid.net.MonitorConfig;
import dev.pulsegrid.net.SimulationRunner;
import dev.pulsegrid.protocol.HeartbeatSigner;
import dev.pulsegrid.protocol.Keyring;
import dev.pulsegrid.sim.SimulatedCluster;
import dev.pulsegrid.sim.SimulationConfig;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Soak: a simulated cluster (default 100,000 nodes at 1 Hz, with crashes, recoveries, leaves and
 * rejoins) sends signed heartbeats over loopback to a Monitor requiring authentication, plus 1%
 * garbage datagrams. Every minute: heap used after a full GC, live threads, open file descriptors,
 * rates, rejects, kernel drops, load average. At the end: heap growth from the first sample after
 * warm-up (minute 2) to the last, and thread / fd drift.
 *
 * <p>Args: [minutes=10] [nodes=100000] [signed=true].
 */
public final class SoakBenchmark {
    public static void main(String[] args) throws Exception {
        int minutes = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int nodes = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        boolean signed = args.length <= 2 || Boolean.parseBoolean(args[2]);
        Keyring ring = Keyring.parse("soak hex:000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f\n");
        Monitor monitor = Monitor.start(MonitorConfig.listeningOn(new InetSocketAddress("127.0.0.1", 0))
                .withSecurity(new IngestSecurity(() -> ring, signed, List.of(), 0)));
        HeartbeatSender sender = HeartbeatSender.open(signed ? HeartbeatSigner.of(ring) : null);
        InetSocketAddress to = monitor.localAddress();
        SimulationConfig config = new SimulationConfig(nodes, Duration.ofSeconds(1), Duration.ofMillis(100), 0.0,
                0.05, 0.5, 0.02, 0.5, 42);
        SplittableRandom garbageRandom = new SplittableRandom(7);
        long[] garbage = {0};
        SimulatedCluster[] cluster = new SimulatedCluster[1];
        sender.eventLoop().submit(() -> cluster[0] = new SimulatedCluster(config, SystemClock.INSTANCE, (hb, from) -> {
            sender.send(hb, to);
            if (garbageRandom.nextInt(100) == 0) { // 1% garbage beside the heartbeats
                byte[] junk = new byte[1 + garbageRandom.nextInt(120)];
                garbageRandom.nextBytes(junk);
                if (garbageRandom.nextBoolean()) {
                    junk[0] = 'P';
                    if (junk.length > 1) {
                        junk[1] = 'G';
                    }
                }
                sender.sendRaw(junk, to);
                garbage[0]++;
            }
        })).syncUninterruptibly();
        System.out.printf(Locale.ROOT, "soak: %d min, %,d nodes at 1 Hz with churn, %s, 1%% garbage, to %s; %s%n",
                minutes, nodes, signed ? "signed (auth required)" : "unsigned", to, BenchEnv.loadAverage());
        SimulationRunner runner = new SimulationRunner(sender, () -> cluster[0].tick());

        IngestCounters c = monitor.counters();
        long kernel0 = KernelUdpStats.receiveBufferErrors();
        long start = System.nanoTime();
        List<Long> heap = new ArrayList<>();
        List<Integer> threads = new ArrayList<>();
        List<Integer> fds = new ArrayList<>();
        long lastDatagrams = 0;
        long lastCpu = BenchEnv.processCpuNanos();
        for (int m = 1; m <= minutes; m++) {
            Thread.sleep(Math.max(0, start + m * 60_000_000_000L - System.nanoTime()) / 1_000_000);
            System.gc();
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            int th = ManagementFactory.getThreadMXBean().getThreadCount();
            int fd = BenchEnv.openFileDescriptors();
            heap.add(used);
            threads.add(th);
            fds.add(fd);
            ClusterSnapshot s = monitor.snapshot();
            long d = c.datagrams();
            long cpu = BenchEnv.processCpuNanos();
            long k = KernelUdpStats.receiveBufferErrors();
            System.out.printf(Locale.ROOT,
                    "  min %2d heap-after-GC %6.1f MB threads %d fds %d | %,7d datagrams/s, cpu %.0f%% | nodes %,d (alive %,d suspect %,d dead %,d left %,d) | rejected %s | kernel drops %s | %s%n",
                    m, used / 1e6, th, fd, (d - lastDatagrams) / 60, (cpu - lastCpu) / 1e9 / 60 * 100, s.nodeCount(),
                    s.count(NodeState.ALIVE), s.count(NodeState.SUSPECT), s.count(NodeState.DEAD), s.count(NodeState.LEFT),
                    c.rejectsByReason(), k < 0 || kernel0 < 0 ? "n/a" : Long.toString(k - kernel0), BenchEnv.loadAverage());
            lastDatagrams = d;
            lastCpu = cpu;
        }
        runner.close();
        System.out.printf(Locale.ROOT, "sent %,d (garbage %,d), received %,d, accepted %,d, internal errors %d%n",
                sender.sent(), garbage[0], c.datagrams(), c.accepted(), c.internalErrors());
        if (heap.size() >= 3) {
            long base = heap.get(1);
            long last = heap.get(heap.size() - 1);
            System.out.printf(Locale.ROOT, "heap after warm-up: minute 2 %.1f MB -> minute %d %.1f MB (%+.1f%%), max %.1f MB%n",
                    base / 1e6, heap.size(), last / 1e6, 100.0 * (last - base) / base,
                    heap.stream().skip(1).mapToLong(Long::longValue).max().getAsLong() / 1e6);
            System.out.printf(Locale.ROOT, "threads minute 2..%d: %s; fds: %s%n", heap.size(),
                    threads.subList(1, threads.size()), fds.subList(1, fds.size()));
        }
        sender.close();
        monitor.close();
    }
}
