package dev.pulsegrid.ui.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every field of the Join dialog: good input becomes a PeerConfig, bad input one line naming the field and the fix. */
class JoinFormTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "127.0.0.1:9798           | 3    | ws-1 | 0     | 10s | ''   | ",
        "''                       | 1    | ws-1 | 9798  | 2s  | 4s   | ",
        "10.0.0.5:1,10.0.0.6:2    | 5    | ws-1 | 65535 | 1m  | ''   | ",
        "10.0.0.5                 | 3    | ws-1 | 0     | 10s | ''   | Seeds: '10.0.0.5' is not HOST:PORT",
        "127.0.0.1:9798           | zero | ws-1 | 0     | 10s | ''   | Fanout: 'zero' is not a number; use a small whole number such as 3",
        "127.0.0.1:9798           | 0    | ws-1 | 0     | 10s | ''   | Fanout: 0 is outside 1..32; 3 suits most meshes",
        "127.0.0.1:9798           | 3    | ''   | 0     | 10s | ''   | Node id: must be 1..255 bytes without control characters",
        "127.0.0.1:9798           | 3    | ws-1 | 70000 | 10s | ''   | Gossip port: 70000 is outside 0..65535; use 9798, or 0 to pick a free one",
        "127.0.0.1:9798           | 3    | ws-1 | x     | 10s | ''   | Gossip port: 'x' is not a number",
        "127.0.0.1:9798           | 3    | ws-1 | 0     | 1s  | ''   | T_fail: 1s is under two gossip rounds (2s); use at least 2s",
        "127.0.0.1:9798           | 3    | ws-1 | 0     | ten | ''   | T_fail: ",
        "127.0.0.1:9798           | 3    | ws-1 | 0     | 10s | 15s  | T_cleanup: 15s must be at least 2 x T_fail (20s)",
    })
    void fieldsBecomeAConfigOrOneLineWithTheFix(String seeds, String fanout, String id, String port, String fail,
                                                String cleanup, String error) {
        JoinForm.Result r = new JoinForm(seeds, fanout, id, port, fail, cleanup).toConfig("127.0.0.1");
        if (error == null) {
            assertNull(r.error(), r.error());
            assertEquals(id, r.config().nodeId());
            assertEquals(Integer.parseInt(port), r.config().bind().getPort());
            assertEquals(seeds.isEmpty() ? 0 : seeds.split(",").length, r.config().seeds().size());
            Duration f = dev.pulsegrid.detect.Durations.parse(fail);
            assertEquals(cleanup.isEmpty() ? f.multipliedBy(2) : dev.pulsegrid.detect.Durations.parse(cleanup), r.config().tCleanup());
        } else {
            assertNull(r.config());
            assertTrue(r.error().startsWith(error), r.error());
        }
    }
}
