package dev.pulsegrid.cli;

import dev.pulsegrid.cluster.SystemClock;
import dev.pulsegrid.ui.GuiConfig;
import dev.pulsegrid.ui.PulsegridApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pulsegrid gui}: the desktop window. The default when no command is given. */
@Command(name = "gui", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Open the Pulsegrid window (the default command).",
            "With no heartbeats arriving it offers an embedded demo cluster."})
public final class GuiCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "PORT", defaultValue = "9797",
            description = "UDP port to listen on (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "0.0.0.0",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; :: for IPv4+IPv6).")
    String bind;

    @Option(names = "--demo", paramLabel = "N", arity = "0..1", fallbackValue = "300",
            description = "Start the embedded demo cluster at once, with N nodes (default N: ${FALLBACK-VALUE}).")
    Integer demo;

    @Option(names = "--inventory", paramLabel = "FILE",
            description = "Expected nodes, one id per line (optionally 'id key=value...'): never-heard ones show as MISSING.")
    Path inventory;

    @Mixin
    DetectorOptions detectorOptions = new DetectorOptions();

    @Mixin
    ReceiverSecurityOptions securityOptions = new ReceiverSecurityOptions();

    @Mixin
    LimitOptions limitOptions = new LimitOptions();

    @Mixin
    JournalOptions journalOptions = new JournalOptions();

    @Mixin
    IntegrationOptions integrationOptions = new IntegrationOptions();

    @Mixin
    GossipOptions gossip = new GossipOptions();

    @Option(names = "--id", paramLabel = "ID",
            description = "With --join: this workstation's id in the mesh (default: this host's name).")
    String id;

    @Option(names = "--gossip-port", paramLabel = "PORT", defaultValue = "9798",
            description = "With --join: UDP port for gossip (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int gossipPort;

    @Option(names = "--no-notifications", description = "No desktop notifications on transitions.")
    boolean noNotifications;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new OperatorException("--port " + port + " is outside 0..65535");
        }
        if (demo != null && (demo < 1 || demo > 1_000_000)) {
            throw new OperatorException("--demo " + demo + " must be between 1 and 1000000 nodes");
        }
        if (inventory != null && !Files.isReadable(inventory)) {
            throw new OperatorException("--inventory " + inventory + " cannot be read: check the path and permissions");
        }
        GuiConfig config = new GuiConfig(bind, port, demo == null ? 0 : demo, detectorOptions.toDetector(), inventory)
                .withSecurity(securityOptions.open())
                .withLimits(limitOptions.toLimits())
                .withNotifications(!noNotifications)
                .withJournal(journalOptions.noJournal ? null : journalOptions.path())
                .withAttachment(attachments());
        PulsegridApp.launch(config);
        return 0;
    }

    /** Journal, integrations and (with --join) membership of a gossip mesh, started with the monitor. */
    private dev.pulsegrid.net.MonitorAttachment attachments() throws Exception {
        dev.pulsegrid.net.MonitorAttachment all = journalOptions.attachment(SystemClock.INSTANCE, "gui")
                .andThen(integrationOptions::start);
        if (!gossip.joining()) {
            return all;
        }
        if (gossipPort < 0 || gossipPort > 65535) {
            throw new OperatorException("--gossip-port " + gossipPort + " is outside 0..65535");
        }
        String nodeId = id != null ? id : java.net.InetAddress.getLocalHost().getHostName();
        java.net.InetSocketAddress at = new java.net.InetSocketAddress(java.net.InetAddress.getByName(bind), gossipPort);
        return all.andThen(m -> GossipMembership.join(m, gossip.toConfig(nodeId, at, java.util.Map.of(),
                System.currentTimeMillis(), detectorOptions.deadAfter), new java.io.PrintWriter(System.err, true))::leave);
    }
}
