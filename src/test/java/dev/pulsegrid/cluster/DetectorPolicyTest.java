package dev.pulsegrid.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pulsegrid.detect.FixedTimeoutDetector;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DetectorPolicyTest {
    private static final FixedTimeoutDetector DEFAULT = FixedTimeoutDetector.defaults();
    private static final FixedTimeoutDetector DB = fixed(10, 30);
    private static final FixedTimeoutDetector DB_EU = fixed(20, 60);

    private static FixedTimeoutDetector fixed(int suspect, int dead) {
        return new FixedTimeoutDetector(Duration.ofSeconds(suspect), Duration.ofSeconds(dead));
    }

    /** meta as "k=v;k=v" (or empty); expected: which override wins, "-" for the default. */
    @ParameterizedTest
    @CsvSource({
        "'role=db',               role=db",
        "'role=db;zone=eu-1',     'role=db,zone=eu-1'",
        "'role=db;zone=us-1',     role=db",
        "'role=web;zone=eu-1',    -",
        "'',                      -",
        "'role=DB',               -",
    })
    void firstMatchingOverrideWinsInTheOrderGiven(String meta, String expected) {
        // The broader role=db comes first, so it shadows role=db,zone=eu-1 entirely...
        DetectorPolicy broadFirst = new DetectorPolicy(DEFAULT, List.of(
                new DetectorOverride(MetaSelector.parse("role=db"), DB),
                new DetectorOverride(MetaSelector.parse("zone=eu-1,role=db"), DB_EU)));
        // ...while the narrower first wins where it applies.
        DetectorPolicy narrowFirst = new DetectorPolicy(DEFAULT, List.of(
                new DetectorOverride(MetaSelector.parse("zone=eu-1,role=db"), DB_EU),
                new DetectorOverride(MetaSelector.parse("role=db"), DB)));
        Map<String, String> m = meta(meta);
        DetectorOverride broad = broadFirst.match(m);
        DetectorOverride narrow = narrowFirst.match(m);
        if (expected.equals("-")) {
            assertNull(broad);
            assertNull(narrow);
            assertSame(DEFAULT, broadFirst.detectorFor(broad));
        } else {
            assertEquals("role=db", broad.label());
            assertSame(DB, broadFirst.detectorFor(broad));
            assertEquals(expected, narrow.label());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''            | empty selector",
        "role          | 'role' is not key=value",
        "role=         | 'role=' is not key=value",
        "=db           | '=db' is not key=value",
        "role=db,role=x| names 'role' twice",
    })
    void malformedSelectorsSayWhatIsWrong(String text, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MetaSelector.parse(text));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void labelIsCanonicalSoTheSameGroupIsNamedOneWay() {
        assertEquals("role=db,zone=eu-1", MetaSelector.parse(" zone=eu-1 , role=db ").label());
        assertEquals(MetaSelector.parse("zone=eu-1,role=db"), MetaSelector.parse("role=db,zone=eu-1"));
    }

    private static Map<String, String> meta(String text) {
        Map<String, String> m = new HashMap<>();
        if (!text.isEmpty()) {
            for (String kv : text.split(";")) {
                String[] p = kv.split("=");
                m.put(p[0], p[1]);
            }
        }
        return m;
    }
}
