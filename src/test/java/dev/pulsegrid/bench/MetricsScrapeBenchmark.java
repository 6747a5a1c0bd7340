package dev.pulsegrid.bench;

import dev.pulsegrid.cluster.ClusterSnapshot;
import dev.pulsegrid.cluster.ManualClock;
import dev.pulsegrid.cluster.Membership;
import dev.pulsegrid.detect.FixedTimeoutDetector;
import dev.pulsegrid.metrics.ClusterCollector;
import dev.pulsegrid.metrics.IngestStats;
import dev.pulsegrid.metrics.MetricsEndpoint;
import dev.pulsegrid.protocol.Heartbeat;
import dev.pulsegrid.protocol.MessageType;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Scrape time of the metrics endpoint at N nodes (default 100,000): a full HTTP GET of /metrics
 * through the official client's server, as Prometheus does it, after warm-up scrapes.
 * Run: {@code java -cp ... dev.pulsegrid.bench.MetricsScrapeBenchmark [nodes] [scrapes]}.
 */
public final class MetricsScrapeBenchmark {
    private MetricsScrapeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int scrapes = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        ManualClock clock = new ManualClock();
        Membership m = new Membership(clock, FixedTimeoutDetector.defaults());
        String[] roles = {"web", "db", "cache", "queue"};
        for (int i = 0; i < nodes; i++) {
            m.onHeartbeat(new Heartbeat(MessageType.HEARTBEAT, "node-" + i, 1, 1, 0, 1000,
                    Map.of("cluster", "dc" + (i % 3), "role", roles[i % 4])),
                    new InetSocketAddress("10.0." + (i >> 8 & 255) + "." + (i & 255), 9797), "native");
        }
        clock.advanceMillis(5000);
        m.advance(); // all SUSPECT: the state series carry real values
        ClusterSnapshot snap = m.publish();
        ClusterCollector collector = new ClusterCollector(() -> snap,
                () -> List.of(new IngestStats("native", nodes, nodes, Map.of())), clock, List.of("cluster", "role"));
        HttpClient http = HttpClient.newHttpClient();
        try (MetricsEndpoint endpoint = MetricsEndpoint.start(new InetSocketAddress("127.0.0.1", 0), collector)) {
            HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + endpoint.port() + "/metrics"))
                    .header("Accept-Encoding", "identity").build();
            long bytes = 0;
            for (int i = 0; i < 5; i++) {
                bytes = http.send(req, HttpResponse.BodyHandlers.ofByteArray()).body().length;
            }
            long[] ms = new long[scrapes];
            for (int i = 0; i < scrapes; i++) {
                long t0 = System.nanoTime();
                http.send(req, HttpResponse.BodyHandlers.discarding());
                ms[i] = (System.nanoTime() - t0) / 1_000_000;
            }
            Arrays.sort(ms);
            long c0 = System.nanoTime();
            int series = 0;
            for (int i = 0; i < 5; i++) {
                series = collector.collect().stream().mapToInt(s -> s.getDataPoints().size()).sum();
            }
            long collectMs = (System.nanoTime() - c0) / 5 / 1_000_000;
            System.out.printf("metrics scrape at %,d nodes: %,d series, %,d bytes; HTTP scrape p50 %d ms, max %d ms "
                    + "(%d scrapes); collect() alone %d ms%n", nodes, series, bytes, ms[scrapes / 2], ms[scrapes - 1],
                    scrapes, collectMs);
        }
    }
}
