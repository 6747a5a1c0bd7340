package dev.pulsegrid.ui.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NaturalOrderTest {
    @ParameterizedTest(name = "{0} vs {1} -> {2}")
    @CsvSource({"web-2, web-10, -1", "web-10, web-2, 1", "web-2, web-2, 0", "Web-2, web-3, -1", "db-9, web-1, -1",
                "web-02, web-2, -1", "web-1a, web-1b, -1", "web, web-1, -1"})
    void countsLikePeople(String a, String b, int sign) {
        assertEquals(sign, Integer.signum(NaturalOrder.INSTANCE.compare(a, b)));
    }
}
