package dev.pulsegrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OptionSuggestionsTest {
    @ParameterizedTest
    @CsvSource({"port, port, 0", "prot, port, 2", "--dead-afer, --dead-after, 1", "kitten, sitting, 3", "'', abc, 3"})
    void editDistance(String a, String b, int d) {
        assertEquals(d, OptionSuggestions.editDistance(a, b));
    }

    @org.junit.jupiter.api.Test
    void suggestsNearOptionsOnly() {
        List<String> opts = List.of("--port", "--bind", "--dead-after", "-h");
        assertEquals(List.of("--port"), OptionSuggestions.near(List.of("--prot", "9797"), opts));
        assertEquals(List.of("--dead-after"), OptionSuggestions.near(List.of("--dead-afer=3s"), opts));
        assertEquals(List.of(), OptionSuggestions.near(List.of("--frobnicate"), opts));
    }
}
