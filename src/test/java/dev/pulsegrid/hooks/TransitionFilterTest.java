package dev.pulsegrid.hooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pulsegrid.cluster.NodeState;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TransitionFilterTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "dead=/usr/local/bin/page.sh        | DEAD             | /usr/local/bin/page.sh",
        "DEAD,left=notify                   | DEAD LEFT        | notify",
        "notify.sh --all                    | ALIVE SUSPECT DEAD LEFT | notify.sh --all",
        "FOO=1 notify.sh                    | ALIVE SUSPECT DEAD LEFT | FOO=1 notify.sh",
        "suspect= echo a=b                  | SUSPECT          | echo a=b",
    })
    void parse(String spec, String states, String command) {
        TransitionFilter f = TransitionFilter.parse(spec);
        Set<NodeState> expected = Stream.of(states.split(" ")).map(NodeState::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(NodeState.class)));
        assertEquals(expected, f.states());
        assertEquals(command, f.command());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dead=", "  ", "dead,left=  "})
    void specWithoutACommandIsRefused(String spec) {
        assertThrows(IllegalArgumentException.class, () -> TransitionFilter.parse(spec));
    }
}
