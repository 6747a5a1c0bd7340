package dev.pulsegrid.cli;

import dev.pulsegrid.hooks.EventHandlers;
import dev.pulsegrid.net.HostPort;
import dev.pulsegrid.net.Monitor;
import dev.pulsegrid.net.collectd.CollectdListener;
import dev.pulsegrid.net.ganglia.GangliaListener;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Flags of issue 8 for gui, watch and agent (peer mode): collectd and Ganglia in, Prometheus and
 * event handlers out. All opt-in: without them nothing listens and nothing runs.
 * Use {@code @Mixin IntegrationOptions integrations;} then {@link #start(Monitor)} after the monitor.
 */
public final class IntegrationOptions {
    @Option(names = "--collectd", arity = "0..1", paramLabel = "[ADDR:]PORT", fallbackValue = "",
            description = "Listen for collectd's network protocol (default port 25826, all interfaces).")
    String collectd;

    @Option(names = "--collectd-auth", paramLabel = "FILE",
            description = "collectd AuthFile ('user: password' per line) to verify signed and decrypt encrypted packets.")
    Path collectdAuth;

    @Option(names = "--collectd-security", paramLabel = "LEVEL", defaultValue = "none",
            description = "What collectd packets must be: none, sign or encrypt, as collectd's SecurityLevel (default: ${DEFAULT-VALUE}).")
    String collectdSecurity = "none";

    @Option(names = "--ganglia", arity = "0..1", paramLabel = "[ADDR:]PORT", fallbackValue = "",
            description = "Listen for gmond's UDP metrics (default port 8649, all interfaces).")
    String ganglia;

    @Option(names = "--ganglia-multicast", arity = "0..1", paramLabel = "GROUP", fallbackValue = GangliaListener.DEFAULT_GROUP,
            description = "Join gmond's multicast group (default group " + GangliaListener.DEFAULT_GROUP + ").")
    String gangliaMulticast;

    @Option(names = "--ganglia-interface", paramLabel = "NAME",
            description = "Network interface for the multicast join (default: the first one up that supports multicast).")
    String gangliaInterface;

    @Option(names = "--metrics-port", paramLabel = "[ADDR:]PORT",
            description = "Serve Prometheus metrics on http://ADDR:PORT/metrics (ADDR default 0.0.0.0).")
    String metricsPort;

    @Option(names = "--metrics-labels", paramLabel = "KEY[,KEY...]", split = ",", defaultValue = "cluster,role,zone",
            description = "Node metadata keys copied into metric labels (default: ${DEFAULT-VALUE}).")
    List<String> metricsLabels = new ArrayList<>(List.of("cluster", "role", "zone"));

    @Option(names = "--on-transition", paramLabel = "[STATE=]CMD",
            description = "Run CMD with /bin/sh -c on every transition (or only into STATE, e.g. dead=CMD); repeatable.")
    List<String> onTransition = new ArrayList<>();

    @Option(names = "--webhook", paramLabel = "URL", description = "POST every transition's JSON to URL; repeatable.")
    List<URI> webhooks = new ArrayList<>();

    @Option(names = "--handler-timeout", paramLabel = "DURATION", converter = DurationConverter.class, defaultValue = "30s",
            description = "Kill a handler (and its children) or abandon a webhook after this long (default: ${DEFAULT-VALUE}).")
    Duration handlerTimeout = EventHandlers.DEFAULT_TIMEOUT;

    @Option(names = "--handler-queue", paramLabel = "N", defaultValue = "1000",
            description = "Transitions queued per handler before new ones are dropped (counted) (default: ${DEFAULT-VALUE}).")
    int handlerQueue = EventHandlers.DEFAULT_QUEUE;

    @Option(names = "--handler-concurrency", paramLabel = "N", defaultValue = "4",
            description = "Handlers running at once, across all handlers (default: ${DEFAULT-VALUE}).")
    int handlerConcurrency = EventHandlers.DEFAULT_CONCURRENCY;

    /** True when any of these flags asks for something. */
    public boolean any() {
        return collectd != null || ganglia != null || metricsPort != null || !onTransition.isEmpty() || !webhooks.isEmpty();
    }

    /**
     * Starts what the flags ask for, fed by and attached to {@code monitor}.
     * @throws OperatorException one line naming the flag and the fix (exit code 2)
     */
    public Integrations start(Monitor monitor) throws OperatorException {
        return Integrations.start(this, monitor);
    }

    InetSocketAddress collectdAddress() throws OperatorException {
        return address(collectd, CollectdListener.DEFAULT_PORT, "--collectd");
    }

    InetSocketAddress gangliaAddress() throws OperatorException {
        return address(ganglia, GangliaListener.DEFAULT_PORT, "--ganglia");
    }

    InetSocketAddress metricsAddress() throws OperatorException {
        return address(metricsPort, -1, "--metrics-port");
    }

    /** "9100" is a port (not a host named 9100), ":9100" too; "127.0.0.1:9100" both; "" the default. */
    static InetSocketAddress address(String text, int defaultPort, String flag) throws OperatorException {
        String t = text == null ? "" : text.trim();
        try {
            if (t.matches("\\d+")) {
                return new InetSocketAddress("0.0.0.0", HostPort.parsePort(t, t));
            }
            return HostPort.parse(t, "0.0.0.0", defaultPort);
        } catch (IllegalArgumentException e) {
            throw new OperatorException(flag + ": " + e.getMessage());
        }
    }
}
