package dev.pulsegrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pulsegrid.cluster.ManualClock;
import dev.pulsegrid.cluster.NodeView;
import dev.pulsegrid.net.Monitor;
import dev.pulsegrid.net.MonitorConfig;
import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class IntegrationOptionsTest {
    @Command(name = "t")
    static final class Host {
        @Mixin
        IntegrationOptions integrations = new IntegrationOptions();
    }

    private static IntegrationOptions parse(String... args) {
        Host h = new Host();
        new CommandLine(h).parseArgs(args);
        return h.integrations;
    }

    @ParameterizedTest
    @CsvSource({
        "'',               25826, 0.0.0.0,   25826",
        "9100,             -1,    0.0.0.0,   9100",
        ":9100,            -1,    0.0.0.0,   9100",
        "127.0.0.1:8650,   8649,  127.0.0.1, 8650",
        "127.0.0.1,        8649,  127.0.0.1, 8649",
    })
    void addressesAcceptPortAloneHostAloneOrBoth(String text, int defaultPort, String host, int port) throws Exception {
        var a = IntegrationOptions.address(text, defaultPort, "--x");
        assertEquals(host, a.getAddress().getHostAddress());
        assertEquals(port, a.getPort());
    }

    @Test
    void flagsAreOptInAndParse() {
        assertEquals(false, parse().any());
        IntegrationOptions o = parse("--collectd", "--ganglia", "--ganglia-multicast", "--on-transition", "dead=true",
                "--on-transition", "echo hi", "--webhook", "http://127.0.0.1:1/x", "--metrics-port", "9100");
        assertTrue(o.any());
        assertEquals("", o.collectd, "bare --collectd means the default port");
        assertEquals("239.2.11.71", o.gangliaMulticast);
        assertEquals(2, o.onTransition.size());
    }

    @Test
    void badCombinationsAreOneLineOperatorErrorsNamingTheFix(@TempDir Path dir) throws Exception {
        try (Monitor m = Monitor.start(MonitorConfig.listeningOn(null))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> parse("--collectd", "127.0.0.1:0", "--collectd-security", "sign").start(m));
            assertTrue(e.getMessage().contains("--collectd-auth"), e.getMessage());
            assertThrows(IllegalArgumentException.class,
                    () -> parse("--collectd", "127.0.0.1:0", "--collectd-security", "paranoid").start(m));
            OperatorException p = assertThrows(OperatorException.class, () -> parse("--metrics-port", "99999").start(m));
            assertTrue(p.getMessage().startsWith("--metrics-port"), p.getMessage());
            OperatorException g = assertThrows(OperatorException.class,
                    () -> parse("--ganglia", "127.0.0.1:0", "--ganglia-multicast", "10.0.0.1").start(m));
            assertTrue(g.getMessage().contains("not a multicast address"), g.getMessage());
            Path bad = Files.writeString(dir.resolve("auth"), "alice\n");
            IllegalArgumentException a = assertThrows(IllegalArgumentException.class,
                    () -> parse("--collectd", "127.0.0.1:0", "--collectd-auth", bad.toString()).start(m));
            assertTrue(a.getMessage().contains(":1:"), a.getMessage());
        }
    }

    @Test
    void signedCollectdPacketBecomesANodeTheMetricsEndpointShows(@TempDir Path dir) throws Exception {
        Path auth = Files.writeString(dir.resolve("collectd.passwd"), "pulsegrid: capture-secret\n");
        IntegrationOptions o = parse("--collectd", "127.0.0.1:0", "--collectd-security", "sign",
                "--collectd-auth", auth.toString(), "--metrics-port", "127.0.0.1:0", "--on-transition", "true");
        // virtual time: however slow this machine is, the node stays ALIVE until the clock is moved
        try (Monitor m = Monitor.start(MonitorConfig.listeningOn(null).withClock(new ManualClock()));
                Integrations in = o.start(m);
                DatagramSocket s = new DatagramSocket()) {
            assertEquals(3, in.describe().size(), String.join("\n", in.describe()));
            byte[] p;
            try (InputStream r = getClass().getResourceAsStream("/collectd/sign-000.bin")) {
                p = r.readAllBytes();
            }
            s.send(new DatagramPacket(p, p.length, InetAddress.getLoopbackAddress(), in.collectd().localAddress().getPort()));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            NodeView v = null;
            while (v == null && System.nanoTime() < deadline) {
                v = m.syncNow().find("pg-capture-host");
            }
            assertNotNull(v, "collectd host became a node");
            assertEquals("collectd", v.source());
            assertEquals(2000, v.intervalHintMillis());
            String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + in.metrics().port() + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(body.contains("pulsegrid_node_state{cluster=\"\",node=\"pg-capture-host\",role=\"\","
                    + "source=\"collectd\",state=\"alive\",zone=\"\"} 1.0"), body);
            assertTrue(body.contains("pulsegrid_ingest_heartbeats_total{source=\"collectd\"} 1.0"), body);
            assertTrue(body.contains("pulsegrid_handler_queued{handler=\"cmd:true\"}"), body);
            assertTrue(in.summary().startsWith("collectd 1 hb; handlers queued "), in.summary());
        }
    }
}
