package dev.pulsegrid.cli;

import dev.pulsegrid.hooks.EventHandlers;
import dev.pulsegrid.hooks.HandlerStats;
import dev.pulsegrid.metrics.ClusterCollector;
import dev.pulsegrid.metrics.IngestStats;
import dev.pulsegrid.metrics.MetricsEndpoint;
import dev.pulsegrid.net.BindFailedException;
import dev.pulsegrid.net.HostPort;
import dev.pulsegrid.net.IngestCounters;
import dev.pulsegrid.net.Monitor;
import dev.pulsegrid.net.SourceCounters;
import dev.pulsegrid.net.collectd.CollectdListener;
import dev.pulsegrid.net.ganglia.GangliaListener;
import dev.pulsegrid.net.integrations.CollectdSetup;
import dev.pulsegrid.net.integrations.GangliaSetup;
import dev.pulsegrid.net.integrations.SourceSwitch;
import dev.pulsegrid.protocol.collectd.SecurityLevel;
import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@link IntegrationOptions} started for one monitor: listeners feeding it, the metrics
 * endpoint reading it, handlers listening to it. Close it before the monitor.
 */
public final class Integrations implements AutoCloseable {
    private final Monitor monitor;
    private final SourceSwitch sources;
    private boolean collectdStarted;
    private boolean gangliaStarted;
    private MetricsEndpoint metrics;
    private EventHandlers handlers;
    private final List<String> started = new ArrayList<>();

    private Integrations(Monitor monitor) {
        this.monitor = monitor;
        this.sources = SourceSwitch.of(monitor);
    }

    static Integrations start(IntegrationOptions o, Monitor monitor) throws OperatorException {
        Integrations in = new Integrations(monitor);
        try {
            in.startAll(o);
            return in;
        } catch (OperatorException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private void startAll(IntegrationOptions o) throws OperatorException {
        try {
            if (!o.onTransition.isEmpty() || !o.webhooks.isEmpty()) {
                handlers = EventHandlers.start(o.onTransition, o.webhooks, o.handlerTimeout, o.handlerQueue,
                        o.handlerConcurrency);
                monitor.addListener(handlers);
                started.add("event handlers: " + (o.onTransition.size() + o.webhooks.size()) + ", timeout "
                        + o.handlerTimeout.toMillis() + " ms, queue " + o.handlerQueue + " each");
            }
            if (o.collectd != null) {
                SecurityLevel level = SecurityLevel.parse(o.collectdSecurity);
                sources.startCollectd(new CollectdSetup(o.collectdAddress(), level, o.collectdAuth));
                collectdStarted = true;
                started.add(sources.collectdDescription());
            }
            if (o.ganglia != null) {
                InetAddress group = o.gangliaMulticast == null ? null : InetAddress.getByName(o.gangliaMulticast);
                if (group != null && !group.isMulticastAddress()) {
                    throw new OperatorException("--ganglia-multicast " + o.gangliaMulticast
                            + " is not a multicast address: gmond's default is " + GangliaListener.DEFAULT_GROUP);
                }
                sources.startGanglia(new GangliaSetup(o.gangliaAddress(), group, o.gangliaInterface));
                gangliaStarted = true;
                started.add(sources.gangliaDescription());
            }
            if (o.metricsPort != null) {
                ClusterCollector collector = new ClusterCollector(monitor::snapshot, this::ingestStats,
                        monitor.config().clock(), o.metricsLabels, this::handlerStats);
                metrics = MetricsEndpoint.start(o.metricsAddress(), collector);
                started.add("metrics: http://" + HostPort.format(new java.net.InetSocketAddress(
                        o.metricsAddress().getAddress(), metrics.port())) + "/metrics");
            }
        } catch (BindFailedException e) {
            throw new OperatorException(e.getMessage(), e);
        } catch (IOException e) {
            throw new OperatorException(e.getMessage() + (o.collectdAuth != null ? " (--collectd-auth "
                    + o.collectdAuth + ")" : ""), e);
        }
    }

    /** Native, collectd and ganglia counters as the metrics endpoint shows them. */
    public List<IngestStats> ingestStats() {
        List<IngestStats> out = new ArrayList<>(3);
        IngestCounters c = monitor.counters();
        Map<String, Long> dropped = new LinkedHashMap<>();
        c.rejectsByReason().forEach((k, v) -> dropped.put(k.name().toLowerCase(Locale.ROOT).replace('_', '-'), v));
        out.add(new IngestStats("native", c.datagrams(), c.accepted(), dropped));
        for (SourceCounters s : sources()) {
            out.add(new IngestStats(s.source(), s.datagrams(), s.heartbeats(), s.droppedByReason()));
        }
        return out;
    }

    public List<SourceCounters> sources() {
        List<SourceCounters> out = new ArrayList<>(2);
        CollectdListener collectd = sources.collectd();
        if (collectd != null) {
            out.add(collectd.counters());
        }
        GangliaListener ganglia = sources.ganglia();
        if (ganglia != null) {
            out.add(ganglia.counters());
        }
        return out;
    }

    public List<HandlerStats> handlerStats() {
        return handlers == null ? List.of() : handlers.stats();
    }

    /**
     * Per-source and handler counters for watch's periodic summary, e.g.
     * {@code collectd 12 hb, dropped bad-signature=3; handlers queued 0 dropped 0 failed 0 timeout 0};
     * empty when nothing was started.
     */
    public String summary() {
        List<String> parts = new ArrayList<>();
        for (SourceCounters s : sources()) {
            String dropped = s.droppedByReason().isEmpty() ? "" : ", dropped " + s.droppedByReason().entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).reduce((a, b) -> a + " " + b).orElse("");
            parts.add(s.source() + " " + s.heartbeats() + " hb" + dropped);
        }
        List<HandlerStats> hs = handlerStats();
        if (!hs.isEmpty()) {
            long queued = 0, dropped = 0, failed = 0, timedOut = 0;
            for (HandlerStats h : hs) {
                queued += h.queued();
                dropped += h.dropped();
                failed += h.failed();
                timedOut += h.timedOut();
            }
            parts.add("handlers queued " + queued + " dropped " + dropped + " failed " + failed + " timeout " + timedOut);
        }
        return String.join("; ", parts);
    }

    /** One line per started integration, for the command's startup message on stderr. */
    public List<String> describe() {
        return List.copyOf(started);
    }

    public CollectdListener collectd() {
        return sources.collectd();
    }

    public GangliaListener ganglia() {
        return sources.ganglia();
    }

    public MetricsEndpoint metrics() {
        return metrics;
    }

    @Override
    public void close() {
        if (metrics != null) {
            metrics.close();
        }
        if (collectdStarted) {
            sources.stopCollectd();
        }
        if (gangliaStarted) {
            sources.stopGanglia();
        }
        if (handlers != null) {
            monitor.removeListener(handlers);
            handlers.close();
        }
    }
}
