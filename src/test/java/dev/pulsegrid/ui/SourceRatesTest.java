package dev.pulsegrid.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pulsegrid.net.SourceTally;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceRatesTest {

    @ParameterizedTest
    @CsvSource({
        "0,   100, 1000000000, 100",
        "100, 150, 500000000,  100",
        "100, 100, 1000000000, 0",
        "100, 10,  1000000000, 0",   // a listener restarted: its counter began again
        "0,   100, 0,          0",
    })
    void ratePerSecond(long before, long after, long nanos, double expected) {
        assertEquals(expected, SourceRates.rate(before, after, nanos), 1e-9);
    }

    @Test
    void everyKnownSourceHasARowOffWhenNotListeningAndRatesComeFromTwoReadings() {
        SourceRates rates = new SourceRates();
        List<SourceRow> first = rates.sample(List.of(
                new SourceTally("native", 10, 1000, 9, Map.of("malformed", 1L)),
                new SourceTally("collectd", 4, 4000, 4, Map.of())), 0);
        assertEquals(List.of("native", "collectd", "ganglia", "gossip"), first.stream().map(SourceRow::source).toList());
        assertEquals(new SourceRow("native", true, 0, 10, 9, 1, "malformed 1"), first.get(0));
        assertEquals(new SourceRow("ganglia", false, 0, 0, 0, 0, "none"), first.get(2));

        List<SourceRow> second = rates.sample(List.of(
                new SourceTally("native", 30, 3000, 27, Map.of("malformed", 1L, "bad-signature", 2L)),
                new SourceTally("collectd", 6, 6000, 5, Map.of("unknown-user", 1L)),
                new SourceTally("gossip", 50, 5000, 50, Map.of())), 2_000_000_000L);
        assertEquals(new SourceRow("native", true, 10, 30, 27, 3, "bad-signature 2, malformed 1"), second.get(0));
        assertEquals(new SourceRow("collectd", true, 1, 6, 5, 1, "unknown-user 1"), second.get(1));
        assertEquals(new SourceRow("gossip", true, 0, 50, 50, 0, "none"), second.get(3), "first reading of gossip: no rate yet");
    }
}
