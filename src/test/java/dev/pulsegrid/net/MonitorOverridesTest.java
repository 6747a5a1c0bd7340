package dev.pulsegrid.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.pulsegrid.cluster.DetectorOverride;
import dev.pulsegrid.cluster.DetectorPolicy;
import dev.pulsegrid.cluster.ManualClock;
import dev.pulsegrid.cluster.MetaSelector;
import dev.pulsegrid.detect.FixedTimeoutDetector;
import dev.pulsegrid.protocol.Heartbeat;
import dev.pulsegrid.protocol.MessageType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Overrides given at start (watch/gui --override) and set live reach the membership thread. */
class MonitorOverridesTest {
    private static final DetectorOverride DB = new DetectorOverride(MetaSelector.parse("role=db"),
            new FixedTimeoutDetector(Duration.ofSeconds(10), Duration.ofSeconds(30)));

    @Test
    void overridesFromTheConfigJudgeFromTheFirstHeartbeatAndSetPolicyReplacesThem() throws Exception {
        MonitorConfig config = MonitorConfig.listeningOn(null).withClock(new ManualClock()).withOverrides(List.of(DB));
        try (Monitor m = Monitor.start(config)) {
            m.ingest(new Heartbeat(MessageType.HEARTBEAT, "db-1", 1, 1, 0, 1000, Map.of("role", "db")), null, "test");
            assertEquals("role=db", m.call(mem -> mem.view("db-1").detectorOverride()).get(5, TimeUnit.SECONDS));
            assertEquals(30_000_000_000L, m.call(mem -> mem.view("db-1").deadAfterNanos()).get(5, TimeUnit.SECONDS));

            m.setPolicy(DetectorPolicy.of(FixedTimeoutDetector.defaults()));
            assertNull(m.call(mem -> mem.view("db-1").detectorOverride()).get(5, TimeUnit.SECONDS));
            assertEquals(10_000_000_000L, m.call(mem -> mem.view("db-1").deadAfterNanos()).get(5, TimeUnit.SECONDS));
        }
    }
}
