package dev.pulsegrid.metrics;

import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The opt-in HTTP endpoint ({@code --metrics-port}) serving {@code /metrics} in Prometheus' text
 * (and OpenMetrics/protobuf, by content negotiation) formats, with the official client's server.
 * Its own registry, so nothing else in the JVM leaks into our metrics; one daemon scrape thread.
 */
public final class MetricsEndpoint implements AutoCloseable {
    private final HTTPServer server;
    private final ExecutorService executor;

    private MetricsEndpoint(HTTPServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** @throws IOException with the address in the message when the port cannot be bound */
    public static MetricsEndpoint start(InetSocketAddress bind, ClusterCollector collector) throws IOException {
        PrometheusRegistry registry = new PrometheusRegistry();
        registry.register(collector);
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "pulsegrid-metrics");
            t.setDaemon(true);
            return t;
        });
        try {
            HTTPServer server = HTTPServer.builder()
                    .inetAddress(bind.getAddress())
                    .port(bind.getPort())
                    .registry(registry)
                    .executorService(executor)
                    .buildAndStart();
            return new MetricsEndpoint(server, executor);
        } catch (IOException e) {
            executor.shutdownNow();
            throw new IOException("metrics endpoint: TCP " + bind.getHostString() + ":" + bind.getPort()
                    + " could not be bound (" + e.getMessage() + "): choose another --metrics-port", e);
        }
    }

    public int port() {
        return server.getPort();
    }

    @Override
    public void close() {
        server.close();
        executor.shutdownNow();
    }
}
