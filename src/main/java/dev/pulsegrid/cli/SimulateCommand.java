package dev.pulsegrid.cli;

import dev.pulsegrid.cluster.SystemClock;
import dev.pulsegrid.detect.Durations;
import dev.pulsegrid.net.HeartbeatSender;
import dev.pulsegrid.net.HostPort;
import dev.pulsegrid.net.SimulationRunner;
import dev.pulsegrid.sim.SimulatedCluster;
import dev.pulsegrid.sim.SimulationConfig;
import dev.pulsegrid.sim.SimulationStats;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code pulsegrid simulate}: a whole cluster's heartbeats from one process, for demos and load tests. */
@Command(name = "simulate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Send heartbeats from a simulated cluster to a monitor.",
            "Nodes heartbeat with jitter and loss, crash, recover, leave and rejoin at the given rates",
            "(each a Poisson rate per node per minute)."})
public final class SimulateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--to", paramLabel = "HOST:PORT", converter = HostPortConverter.class, defaultValue = "127.0.0.1:9797",
            description = "Monitor to send to (default: ${DEFAULT-VALUE}).")
    InetSocketAddress to;

    @Option(names = "--nodes", paramLabel = "N", defaultValue = "300", description = "Number of nodes (default: ${DEFAULT-VALUE}).")
    int nodes;

    @Option(names = "--interval", paramLabel = "DURATION", converter = DurationConverter.class, defaultValue = "1s",
            description = "Heartbeat interval of each node (default: ${DEFAULT-VALUE}).")
    Duration interval;

    @Option(names = "--jitter", paramLabel = "DURATION", converter = DurationConverter.class, defaultValue = "100ms",
            description = "Each gap is interval +/- uniform(jitter) (default: ${DEFAULT-VALUE}).")
    Duration jitter;

    @Option(names = "--loss", paramLabel = "FRACTION", defaultValue = "0",
            description = "Fraction of datagrams the simulated network drops, 0..1 (default: ${DEFAULT-VALUE}).")
    double loss;

    @Option(names = "--crash-rate", paramLabel = "PER_MIN", defaultValue = "0", description = "Crashes per node per minute (default: ${DEFAULT-VALUE}).")
    double crashRate;

    @Option(names = "--recover-rate", paramLabel = "PER_MIN", defaultValue = "0", description = "Recoveries per crashed node per minute (default: ${DEFAULT-VALUE}).")
    double recoverRate;

    @Option(names = "--leave-rate", paramLabel = "PER_MIN", defaultValue = "0", description = "Graceful leaves per node per minute (default: ${DEFAULT-VALUE}).")
    double leaveRate;

    @Option(names = "--rejoin-rate", paramLabel = "PER_MIN", defaultValue = "0", description = "Rejoins per left node per minute (default: ${DEFAULT-VALUE}).")
    double rejoinRate;

    @Option(names = "--duration", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Stop after this long (default: run until Ctrl-C).")
    Duration duration;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Random seed: the same seed gives the same cluster (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--report-every", paramLabel = "DURATION", converter = DurationConverter.class, defaultValue = "5s",
            description = "Progress line on stderr this often; 0s for never (default: ${DEFAULT-VALUE}).")
    Duration reportEvery;

    @picocli.CommandLine.Mixin
    SigningOptions signing = new SigningOptions();

    @Override
    public Integer call() throws Exception {
        SimulationConfig config = new SimulationConfig(nodes, interval, jitter, loss, crashRate, recoverRate,
                leaveRate, rejoinRate, seed);
        PrintWriter err = spec.commandLine().getErr();
        HeartbeatSender sender = HeartbeatSender.open(signing.open());
        SimulatedCluster[] cluster = new SimulatedCluster[1];
        // Built on the sender's thread: the cluster is single-threaded and ticks there.
        sender.eventLoop().submit(() -> cluster[0] = new SimulatedCluster(config, SystemClock.INSTANCE,
                (hb, from) -> sender.send(hb, to))).syncUninterruptibly();
        err.printf(Locale.ROOT, "simulate: %d nodes every %s (jitter %s, loss %.1f%%) to %s%n", nodes,
                Durations.format(interval), Durations.format(jitter), loss * 100, HostPort.format(to));
        err.flush();
        long start = System.nanoTime();
        SimulationRunner runner = new SimulationRunner(sender, () -> cluster[0].tick());
        CountDownLatch stop = new CountDownLatch(1);
        Thread hook = new Thread(() -> finish(runner, sender, cluster[0], start, err), "pulsegrid-simulate-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        long reportMs = reportEvery.toMillis();
        long end = duration == null ? Long.MAX_VALUE : System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < end) {
            long waitMs = Math.min(reportMs > 0 ? reportMs : 1000, Math.max(1, (end - System.nanoTime()) / 1_000_000));
            if (stop.await(waitMs, TimeUnit.MILLISECONDS)) {
                break;
            }
            if (reportMs > 0 && System.nanoTime() < end) {
                err.println("simulate: " + progress(statsOf(sender, cluster[0]), System.nanoTime() - start));
                err.flush();
            }
        }
        Runtime.getRuntime().removeShutdownHook(hook);
        finish(runner, sender, cluster[0], start, err);
        signing.close();
        return 0;
    }

    private static SimulationStats statsOf(HeartbeatSender sender, SimulatedCluster c) {
        return sender.eventLoop().submit(c::stats).syncUninterruptibly().getNow();
    }

    private static void finish(SimulationRunner runner, HeartbeatSender sender, SimulatedCluster c, long start, PrintWriter err) {
        runner.close();
        SimulationStats s = statsOf(sender, c);
        long failed = sender.failed();
        sender.close();
        err.println("simulate: done; " + progress(s, System.nanoTime() - start) + ", send errors " + failed);
        err.flush();
    }

    static String progress(SimulationStats s, long elapsedNanos) {
        double secs = Math.max(1e-9, elapsedNanos / 1e9);
        return String.format(Locale.ROOT, "sent %d datagrams in %.1fs (%.0f/s), simulated loss %d; nodes up %d, crashed %d, left %d",
                s.delivered(), secs, s.delivered() / secs, s.lost(), s.up(), s.crashed(), s.left());
    }
}
