package dev.pulsegrid.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pulsegrid.cluster.ManualClock;
import dev.pulsegrid.cluster.Membership;
import dev.pulsegrid.detect.FixedTimeoutDetector;
import dev.pulsegrid.net.IngestHealth;
import dev.pulsegrid.protocol.DecodeError;
import dev.pulsegrid.protocol.Heartbeat;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** watch's stderr summary: counts per state, refusals by reason, kernel drops, then the ingest rates. */
class SummaryLineTest {
    @Test
    void oneLineCarriesCountsRefusalsKernelDropsAndRates() {
        Membership m = new Membership(new ManualClock(), FixedTimeoutDetector.defaults());
        m.onHeartbeat(Heartbeat.of("web-1"), null, "native");
        Map<DecodeError, Long> rejects = new EnumMap<>(DecodeError.class);
        rejects.put(DecodeError.MISSING_ID, 1L);
        rejects.put(DecodeError.BAD_MAGIC, 2L);
        IngestHealth h = new IngestHealth(1, 10, 900, 7, 3, 5, 10, 900, 7, rejects, 5);
        String line = SummaryLine.format(m.publish(), h, 0);
        assertTrue(line.contains(" nodes 1: alive 1 suspect 0 dead 0 left 0 | "), line);
        assertTrue(line.contains(" | rejected 3 (bad_magic 2, missing_id 1) | kernel drops 5 | "), line);
        assertTrue(line.endsWith(" | " + h.line()), line);
        assertTrue(!line.contains("output dropped"), line);
    }
}
