package dev.pulsegrid.cluster.gossip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Watcher choice: a score both sides compute alike (vectors computed independently, in Python). */
class WatchersTest {

    /** member, candidate, FNV-1a 64 of utf8(member) 00 utf8(candidate), hex. */
    static final String[][] SCORES = {
        {"a", "b", "e5d29919042666b2"},
        {"peer-1", "peer-2", "5006621dab854d7a"},
        {"peer-2", "peer-1", "e0df1878191a8528"}, // not symmetric: who watches whom differs
        {"nœud-3", "web-1", "2274eaf50d07beb8"}, // UTF-8, not chars
        {"", "", "af63bd4c8601b7df"}, // FNV-1a of one zero byte
    };

    static Stream<Arguments> scores() {
        return Arrays.stream(SCORES).map(v -> Arguments.of((Object[]) v));
    }

    @ParameterizedTest(name = "score({0}, {1}) = {2}")
    @MethodSource("scores")
    void score(String member, String candidate, String hex) {
        assertEquals(Long.parseUnsignedLong(hex, 16), Watchers.score(member, candidate));
    }

    @ParameterizedTest(name = "score({0}, {1}) quoted in PROTOCOL.md")
    @MethodSource("scores")
    void theVectorsAreTheOnesPublished(String member, String candidate, String hex) throws Exception {
        String doc = Files.readString(Path.of("docs", "PROTOCOL.md"));
        assertTrue(doc.contains("(`" + member + "`, `" + candidate + "`) → `" + hex + "`"),
                "docs/PROTOCOL.md, Watchers, quotes score(" + member + ", " + candidate + ")");
    }

    @ParameterizedTest(name = "{1} watches {0} among {2}: {3}")
    @CsvSource({
        // scores for peer-0 rank peer-8 > peer-9 > peer-1 > ...; for peer-5: peer-7 > peer-6 > peer-4
        "peer-0, peer-8, peer-1 peer-2 peer-9 peer-8 peer-0, true",  // the top score
        "peer-0, peer-9, peer-1 peer-2 peer-9 peer-8,        true",  // second of two watchers
        "peer-0, peer-1, peer-1 peer-2 peer-9 peer-8,        false", // third
        "peer-0, peer-1, peer-1 peer-2 peer-3,               true",  // third, but peer-8 and peer-9 are not known here
        "peer-5, peer-4, peer-4 peer-6 peer-7,               false",
        "peer-5, peer-4, peer-4 peer-6 peer-5,               true",  // the member itself is no candidate
        "peer-5, peer-4, '',                                 true",  // alone
    })
    void ranksAmong(String member, String candidate, String others, boolean watches) {
        List<String> known = others.isBlank() ? List.of() : Arrays.asList(others.trim().split("\\s+"));
        assertEquals(watches, Watchers.ranksAmong(member, candidate, known, 2));
    }
}
