package dev.pulsegrid.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimulationConfigTest {

    @ParameterizedTest(name = "{0} nodes, {1} ms, jitter {2} ms, loss {3}, crash {4}/min -> {5}")
    @CsvSource({
            "0,       1000, 0,  0,    0,   nodes must be",
            "1000001, 1000, 0,  0,    0,   nodes must be",
            "10,      0,    0,  0,    0,   interval must be",
            "10,      7200000, 0, 0,  0,   interval must be",
            "10,      1000, -1, 0,    0,   jitter must not",
            "10,      1000, 0,  1.5,  0,   loss must be",
            "10,      1000, 0,  NaN,  0,   loss must be",
            "10,      1000, 0,  0,    -1,  crash rate must",
            "10,      1000, 0,  0,    NaN, crash rate must",
    })
    void refusesNonsenseWithAMessageNamingTheSetting(int nodes, long intervalMs, long jitterMs, double loss,
                                                     double crash, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SimulationConfig(nodes,
                Duration.ofMillis(intervalMs), Duration.ofMillis(jitterMs), loss, crash, 0, 0, 0, 1));
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"1", "100000", "1000000"})
    void acceptsEverySizeUpToAMillion(int nodes) {
        assertEquals(nodes, SimulationConfig.steady(nodes, 1).nodes());
    }
}
