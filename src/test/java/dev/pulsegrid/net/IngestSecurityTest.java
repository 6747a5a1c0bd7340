package dev.pulsegrid.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IngestSecurityTest {

    @ParameterizedTest(name = "sent {0}, now {1}, max {2}: skewed {3}")
    @CsvSource({
        "1000000, 1000000, 5000, false",
        "995000,  1000000, 5000, false",
        "994999,  1000000, 5000, true",
        "1005000, 1000000, 5000, false",
        "1005001, 1000000, 5000, true",
        "0,       1000000, 5000, true",
        "0,       1000000, 0,    false",
        "1,       1000000, 0,    false",
        "-9223372036854775808, 1000000, 5000, true",
        "9223372036854775807,  1000000, 5000, true",
    })
    void skew(long sent, long now, long max, boolean expected) {
        assertEquals(expected, IngestSecurity.skewed(sent, now, max));
    }

    @Test
    void requireAuthWithoutAKeyringIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new IngestSecurity(null, true, List.of(), 0));
    }
}
