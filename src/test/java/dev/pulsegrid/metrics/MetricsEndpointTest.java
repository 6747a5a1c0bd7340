package dev.pulsegrid.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pulsegrid.cluster.ClusterSnapshot;
import dev.pulsegrid.cluster.ManualClock;
import dev.pulsegrid.cluster.Membership;
import dev.pulsegrid.detect.FixedTimeoutDetector;
import dev.pulsegrid.protocol.Heartbeat;
import dev.pulsegrid.protocol.MessageType;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class MetricsEndpointTest {
    private final ManualClock clock = new ManualClock();
    private final Membership membership = new Membership(clock,
            new FixedTimeoutDetector(Duration.ofSeconds(3), Duration.ofSeconds(10)));

    private long sequence;

    private void heartbeat(String id, Map<String, String> meta, String source) {
        membership.onHeartbeat(new Heartbeat(MessageType.HEARTBEAT, id, 1, ++sequence, 0, 1000, meta),
                new InetSocketAddress("127.0.0.1", 5000), source);
    }

    /** Parses the text format into "name{labels}" -> value; labels as the exporter prints them. */
    static Map<String, Double> parse(String body) {
        Map<String, Double> out = new HashMap<>();
        for (String line : body.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int space = line.lastIndexOf(' ');
            out.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
        }
        return out;
    }

    static String scrape(int port) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("text/plain"));
        return r.body();
    }

    @Test
    void scrapeShowsEachNodesStateSilenceCountsIngestAndDetector() throws Exception {
        heartbeat("web-1", Map.of("cluster", "eu", "role", "web"), "native");
        heartbeat("db-1", Map.of("cluster", "eu"), "collectd");
        clock.advanceMillis(4000);
        heartbeat("web-1", Map.of("cluster", "eu", "role", "web"), "native"); // db-1 silent 4 s: SUSPECT
        membership.advance();
        clock.advanceMillis(500);
        AtomicReference<ClusterSnapshot> snap = new AtomicReference<>(membership.publish());
        ClusterCollector collector = new ClusterCollector(snap::get,
                () -> List.of(new IngestStats("collectd", 7, 5, Map.of("bad-signature", 2L))), clock,
                List.of("cluster", "role"));
        try (MetricsEndpoint endpoint = MetricsEndpoint.start(new InetSocketAddress("127.0.0.1", 0), collector)) {
            Map<String, Double> m = parse(scrape(endpoint.port()));
            assertEquals(1.0, m.get("pulsegrid_node_state{cluster=\"eu\",node=\"web-1\",role=\"web\",source=\"native\",state=\"alive\"}"));
            assertNull(m.get("pulsegrid_node_state{cluster=\"eu\",node=\"web-1\",role=\"web\",source=\"native\",state=\"suspect\"}"),
                    "only the current state's series");
            assertEquals(1.0, m.get("pulsegrid_node_state{cluster=\"eu\",node=\"db-1\",role=\"\",source=\"collectd\",state=\"suspect\"}"));
            assertEquals(4.5, m.get("pulsegrid_node_seconds_since_heartbeat{cluster=\"eu\",node=\"db-1\",role=\"\",source=\"collectd\"}"), 1e-9);
            assertEquals(0.5, m.get("pulsegrid_node_seconds_since_heartbeat{cluster=\"eu\",node=\"web-1\",role=\"web\",source=\"native\"}"), 1e-9);
            assertEquals(1.0, m.get("pulsegrid_nodes{state=\"alive\"}"));
            assertEquals(1.0, m.get("pulsegrid_nodes{state=\"suspect\"}"));
            assertEquals(0.0, m.get("pulsegrid_nodes{state=\"dead\"}"));
            assertEquals(7.0, m.get("pulsegrid_ingest_datagrams_total{source=\"collectd\"}"));
            assertEquals(2.0, m.get("pulsegrid_ingest_dropped_total{reason=\"bad-signature\",source=\"collectd\"}"));
            assertEquals(3.0, m.get("pulsegrid_detector_suspect_after_seconds"));
            assertEquals(10.0, m.get("pulsegrid_detector_dead_after_seconds"));
            assertEquals(2, m.keySet().stream().filter(k -> k.startsWith("pulsegrid_node_state{")).count(),
                    "one series per node");

            clock.advanceMillis(10_000); // the scrape reads whatever snapshot is newest
            membership.advance();
            snap.set(membership.publish());
            Map<String, Double> later = parse(scrape(endpoint.port()));
            assertEquals(2.0, later.get("pulsegrid_nodes{state=\"dead\"}"));
            assertEquals(1.0, later.get("pulsegrid_node_state{cluster=\"eu\",node=\"web-1\",role=\"web\",source=\"native\",state=\"dead\"}"));
            assertNull(later.get("pulsegrid_node_state{cluster=\"eu\",node=\"web-1\",role=\"web\",source=\"native\",state=\"alive\"}"));
        }
    }

    @Test
    void flappingNodesAreCounted() throws Exception {
        heartbeat("web-1", Map.of(), "native");
        heartbeat("db-1", Map.of(), "native");
        AtomicReference<ClusterSnapshot> snap = new AtomicReference<>(membership.publish());
        ClusterCollector collector = new ClusterCollector(snap::get, List::of, clock, List.of());
        try (MetricsEndpoint endpoint = MetricsEndpoint.start(new InetSocketAddress("127.0.0.1", 0), collector)) {
            String body = scrape(endpoint.port());
            assertEquals(0.0, parse(body).get("pulsegrid_nodes_flapping"), body);
            for (int sec = 0; sec < 60; sec++) { // web-1 bounces through SUSPECT every 5 s; db-1 beats steadily
                if (sec % 5 == 0 || sec % 5 >= 4) {
                    heartbeat("web-1", Map.of(), "native");
                }
                heartbeat("db-1", Map.of(), "native");
                clock.advanceMillis(1_000);
                membership.advance();
            }
            snap.set(membership.publish());
            assertEquals(1.0, parse(scrape(endpoint.port())).get("pulsegrid_nodes_flapping"));
        }
    }
}
