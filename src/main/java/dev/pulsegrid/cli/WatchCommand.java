package dev.pulsegrid.cli;

import dev.pulsegrid.cluster.SystemClock;
import dev.pulsegrid.detect.FailureDetector;
import dev.pulsegrid.net.HostPort;
import dev.pulsegrid.net.IngestCounters;
import dev.pulsegrid.net.IngestHealthMeter;
import dev.pulsegrid.net.Monitor;
import dev.pulsegrid.net.MonitorConfig;
import dev.pulsegrid.net.Transport;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pulsegrid watch}: the monitor in a terminal, one JSON line per transition on stdout. */
@Command(name = "watch", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Monitor heartbeats in a terminal.",
            "stdout: one JSON line per state transition {ts,node,from,to,reason,addr,...};",
            "stderr: a short summary every --summary-every."})
public final class WatchCommand implements Callable<Integer> {
    @Mixin
    ListenOptions listenOptions = new ListenOptions();

    @Mixin
    DetectorOptions detectorOptions = new DetectorOptions();

    @Mixin
    OverrideOptions overrideOptions = new OverrideOptions();

    @Mixin
    LimitOptions limitOptions = new LimitOptions();

    @Mixin
    JournalOptions journalOptions = new JournalOptions();

    @Mixin
    IntegrationOptions integrationOptions = new IntegrationOptions();

    @Mixin
    ReceiverSecurityOptions securityOptions = new ReceiverSecurityOptions();

    @Option(names = "--summary-every", paramLabel = "DURATION", converter = DurationConverter.class,
            defaultValue = "10s", description = "How often to print the summary on stderr; 0s for never (default: ${DEFAULT-VALUE}).")
    Duration summaryEvery;

    @Option(names = "--duration", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Stop after this long (default: run until Ctrl-C).")
    Duration duration;

    @Mixin
    MeshMemberOptions meshMember = new MeshMemberOptions();

    @Mixin
    GossipOptions gossip = new GossipOptions();

    /** For tests: the gossip peer once joined, or null. */
    volatile GossipMembership mesh;

    /** For tests: the running monitor once started. */
    volatile Monitor monitor;
    private final CountDownLatch stop = new CountDownLatch(1);

    @Override
    public Integer call() throws Exception {
        FailureDetector detector = detectorOptions.toDetector();
        InetSocketAddress listen = listenOptions.address();
        PrintStream out = System.out;
        PrintStream err = System.err;
        Monitor m;
        try {
            m = Monitor.start(MonitorConfig.listeningOn(listen).withDetector(detector).withLimits(limitOptions.toLimits())
                    .withOverrides(overrideOptions.overrides())
                    .withSecurity(securityOptions.open()));
        } catch (Exception e) {
            securityOptions.close();
            throw e;
        }
        TransitionPrinter printer = new TransitionPrinter(out, err);
        m.addListener(printer);
        m.addNoteListener(n -> printer.note(n.text()));
        AutoCloseable attached;
        Integrations[] integrations = new Integrations[1];
        try {
            attached = journalOptions.attachment(SystemClock.INSTANCE, "watch")
                    .andThen(mon -> integrations[0] = integrationOptions.start(mon))
                    .andThen(meshMember.attachment(gossip, listen.getAddress(), detectorOptions.deadAfter, g -> mesh = g))
                    .attach(m);
        } catch (Exception e) {
            m.close();
            securityOptions.close();
            printer.close();
            throw e;
        }
        monitor = m;
        IngestHealthMeter health = IngestHealthMeter.forMonitor(m);
        err.println("watch: listening on UDP " + HostPort.format(m.localAddress()) + " (" + Transport.name() + "), "
                + detector.describe() + overrideOptions.describe() + (securityOptions.describe().isEmpty() ? "" : "; " + securityOptions.describe()));
        if (integrations[0] != null) {
            integrations[0].describe().forEach(line -> err.println("watch: " + line));
        }
        if (!journalOptions.noJournal) {
            err.println("watch: journal " + journalOptions.path());
        }
        err.flush();
        ScheduledExecutorService summary = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "pulsegrid-watch-summary");
            t.setDaemon(true);
            return t;
        });
        if (!summaryEvery.isZero()) {
            long every = summaryEvery.toMillis();
            summary.scheduleAtFixedRate(() -> {
                err.println(SummaryLine.format(m.snapshot(), health.sample(), printer.dropped()));
                err.flush();
            }, every, every, TimeUnit.MILLISECONDS);
        }
        Runnable finish = () -> {
            try {
                attached.close();
            } catch (Exception e) {
                err.println("watch: while stopping: " + e.getMessage());
            }
            shutdown(m, printer, summary);
            IngestCounters c = m.counters();
            long k = health.kernelDropsSinceStart();
            err.println("watch: stopped; datagrams " + c.datagrams() + ", accepted " + c.accepted()
                    + ", rejected " + c.rejectedTotal() + ", kernel drops " + (k < 0 ? "n/a" : Long.toString(k)));
            err.flush();
        };
        Thread hook = new Thread(finish, "pulsegrid-watch-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        if (duration != null) {
            stop.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        } else {
            stop.await();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            return 0;
        }
        finish.run();
        return 0;
    }

    private void shutdown(Monitor m, TransitionPrinter printer, ScheduledExecutorService summary) {
        summary.shutdownNow();
        m.close();
        securityOptions.close();
        printer.close();
    }

    /** Ends a running watch (tests; Ctrl-C does the same through the shutdown hook). */
    void requestStop() {
        stop.countDown();
    }
}
