package dev.pulsegrid.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pulsegrid.cluster.MembershipLimits;
import dev.pulsegrid.net.IngestHealthMeter;
import dev.pulsegrid.net.Monitor;
import dev.pulsegrid.net.MonitorConfig;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The ingest health window shows refusals by reason and the node cap, from a real socket. */
@ExtendWith(ApplicationExtension.class)
class IngestHealthWindowTest {
    private Monitor monitor;

    @Start
    void start(Stage stage) {
        stage.show(); // an FX toolkit and a window to own dialogs
    }

    @AfterEach
    void stop() {
        if (monitor != null) {
            monitor.close();
        }
    }

    @Test
    void garbageIsRefusedByReasonAndIdsPastTheCapAreCounted(FxRobot robot) throws Exception {
        monitor = Monitor.start(MonitorConfig.listeningOn(new InetSocketAddress("127.0.0.1", 0))
                .withLimits(new MembershipLimits(1, Duration.ZERO)));
        IngestHealthMeter meter = IngestHealthMeter.forMonitor(monitor);
        IngestHealthWindow w = new IngestHealthWindow();
        try (DatagramSocket s = new DatagramSocket()) {
            for (String text : new String[] {"{\"id\":\"a\"}", "{\"id\":\"b\"}", "{\"nope\":1}", "\u0001garbage"}) {
                byte[] b = text.getBytes(StandardCharsets.UTF_8);
                s.send(new DatagramPacket(b, b.length, monitor.localAddress()));
            }
        }
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (monitor.counters().datagrams() < 4 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        monitor.syncNow();
        var reading = meter.sample();
        long refused = monitor.snapshot().refusedOverCap();
        robot.interact(() -> w.show(reading, refused));
        WaitForAsyncUtils.waitForFxEvents();
        String text = w.text();
        assertTrue(text.contains("4 datagrams"), text);
        assertTrue(text.contains("missing_id 1"), text);
        assertTrue(text.contains("1 messages from new ids refused"), text);
    }
}
