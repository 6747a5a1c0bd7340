package dev.pulsegrid.bench;

import dev.pulsegrid.net.HeartbeatSender;
import dev.pulsegrid.net.IngestCounters;
import dev.pulsegrid.net.IngestSecurity;
import dev.pulsegrid.net.KernelUdpStats;
import dev.pulsegrid.net.Monitor;
import dev.pulsegrid.net.MonitorConfig;
import dev.pulsegrid.net.Transport;
import dev.pulsegrid.protocol.Heartbeat;
import dev.pulsegrid.protocol.HeartbeatSigner;
import dev.pulsegrid.protocol.Keyring;
import dev.pulsegrid.protocol.MessageType;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Signed heartbeats on loopback into a Monitor that requires authentication: a Netty (epoll) sender
 * on its own event loop signs each heartbeat on the fly (per-node sequence, so every one is new to
 * membership) and flushes once per millisecond, so native transport hands batches to the kernel.
 * Reports sent, received, accepted and rejected by the monitor, the kernel's own receive-buffer
 * drops (RcvbufErrors delta; machine-wide, so other programs' sockets count too), and CPU: the whole
 * process, the receiver's membership thread, and the sender thread.
 *
 * <p>Args: [seconds=60] [rate=200000] [nodes=10000]. Run: {@code mvn -o -Pbench exec:exec -Dbench=SignedLoadBenchmark}.
 */
public final class SignedLoadBenchmark {
    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        int nodes = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        Keyring ring = Keyring.parse("bench hex:000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f\n");
        Monitor monitor = Monitor.start(MonitorConfig.listeningOn(new InetSocketAddress("127.0.0.1", 0))
                .withSecurity(new IngestSecurity(() -> ring, true, List.of(), 0)));
        HeartbeatSender sender = HeartbeatSender.open(HeartbeatSigner.of(ring));
        InetSocketAddress to = monitor.localAddress();
        long[] seq = new long[nodes];
        String[] ids = new String[nodes];
        for (int i = 0; i < nodes; i++) {
            ids[i] = "node-" + i;
        }
        long incarnation = System.currentTimeMillis();
        System.out.printf(Locale.ROOT, "signed load: %d s at %,d/s over %,d nodes, %s, to %s; %s%n",
                seconds, rate, nodes, Transport.name(), to, BenchEnv.loadAverage());

        long[] sent = {0};
        int[] next = {0};
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        long kernel0 = KernelUdpStats.receiveBufferErrors();
        long cpu0 = BenchEnv.processCpuNanos();
        long recvCpu0 = BenchEnv.threadCpuNanos("pulsegrid-membership");
        long sendCpu0 = BenchEnv.threadCpuNanos("pulsegrid-sender");
        ScheduledFuture<?> task = sender.eventLoop().scheduleAtFixedRate(() -> {
            long now = System.nanoTime();
            long due = Math.min(now, end) - start;
            long target = due * rate / 1_000_000_000L;
            // After a stall send at most 20 ms worth at once: catching up in one burst would measure the burst.
            long behind = Math.min(target - sent[0], rate / 50);
            for (long k = 0; k < behind; k++) {
                int n = next[0];
                next[0] = n + 1 == nodes ? 0 : n + 1;
                sender.send(new Heartbeat(MessageType.HEARTBEAT, ids[n], incarnation, ++seq[n],
                        System.currentTimeMillis(), 1000, Map.of()), to);
                sent[0]++;
                if ((k & 63) == 63) {
                    sender.flush();
                }
            }
            sender.flush();
            if (target - sent[0] > rate / 50) {
                sent[0] = target - rate / 50; // skipped, not queued: counted as what the sender could not reach
            }
        }, 1, 1, TimeUnit.MILLISECONDS);

        IngestCounters c = monitor.counters();
        long lastDatagrams = 0;
        long lastSent = 0;
        for (int s = 5; s <= seconds; s += 5) {
            Thread.sleep(Math.max(0, start + s * 1_000_000_000L - System.nanoTime()) / 1_000_000);
            long d = c.datagrams();
            long snt = sender.sent();
            System.out.printf(Locale.ROOT, "  t=%2ds sent %,9d/s received %,9d/s accepted %,d; %s%n",
                    s, (snt - lastSent) / 5, (d - lastDatagrams) / 5, c.accepted(), BenchEnv.loadAverage());
            lastDatagrams = d;
            lastSent = snt;
        }
        Thread.sleep(Math.max(0, end - System.nanoTime()) / 1_000_000);
        task.cancel(false);
        sender.eventLoop().submit(sender::flush).syncUninterruptibly();
        long settle = System.nanoTime() + 2_000_000_000L;
        while (c.datagrams() < sender.sent() && System.nanoTime() < settle) {
            Thread.sleep(20); // let the receiver drain its socket buffer
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long cpu = BenchEnv.processCpuNanos() - cpu0;
        long recvCpu = BenchEnv.threadCpuNanos("pulsegrid-membership") - recvCpu0;
        long sendCpu = BenchEnv.threadCpuNanos("pulsegrid-sender") - sendCpu0;
        long kernel = KernelUdpStats.receiveBufferErrors();
        long totalSent = sender.sent();
        long received = c.datagrams();
        int tracked = monitor.call(m -> m.size()).join();
        long stale = monitor.call(m -> m.staleDropped()).join();
        System.out.printf(Locale.ROOT, "offered %,d/s; sent %,d (%,.0f/s), send failures %,d%n",
                rate, totalSent, totalSent / (double) seconds, sender.failed());
        System.out.printf(Locale.ROOT, "received %,d (%.3f%% of sent), accepted %,d, rejected %,d %s, internal errors %d%n",
                received, 100.0 * received / Math.max(1, totalSent), c.accepted(), c.rejectedTotal(), c.rejectsByReason(),
                c.internalErrors());
        System.out.printf(Locale.ROOT, "membership: %,d nodes tracked, %,d stale dropped%n", tracked, stale);
        System.out.printf(Locale.ROOT, "kernel receive-buffer drops (RcvbufErrors delta, machine-wide): %s; not received: %,d%n",
                kernel < 0 || kernel0 < 0 ? "n/a" : String.format(Locale.ROOT, "%,d", kernel - kernel0), totalSent - received);
        System.out.printf(Locale.ROOT, "CPU over %.1f s: process %.1f s (%.0f%% of one core), receiver thread %.1f s (%.2f us/datagram), sender thread %.1f s; %s%n",
                elapsed, cpu / 1e9, 100 * cpu / 1e9 / elapsed, recvCpu / 1e9, recvCpu / 1e3 / Math.max(1, received),
                sendCpu / 1e9, BenchEnv.loadAverage());
        sender.close();
        monitor.close();
    }
}
