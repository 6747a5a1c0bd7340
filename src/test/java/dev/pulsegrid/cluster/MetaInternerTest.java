package dev.pulsegrid.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.pulsegrid.detect.FixedTimeoutDetector;
import dev.pulsegrid.protocol.Heartbeat;
import dev.pulsegrid.protocol.MessageType;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetaInternerTest {
    @Test
    void nodesWithEqualMetadataShareOneMap() {
        Membership m = new Membership(new ManualClock(), FixedTimeoutDetector.defaults());
        InetSocketAddress from = new InetSocketAddress("127.0.0.1", 9000);
        // separately decoded, equal maps, as two datagrams give
        m.onHeartbeat(new Heartbeat(MessageType.HEARTBEAT, "a", 1, 1, 0, 1000, new HashMap<>(Map.of("zone", "eu-1"))), from, "native");
        m.onHeartbeat(new Heartbeat(MessageType.HEARTBEAT, "b", 1, 1, 0, 1000, new HashMap<>(Map.of("zone", "eu-1"))), from, "native");
        m.onHeartbeat(new Heartbeat(MessageType.HEARTBEAT, "c", 1, 1, 0, 1000, new HashMap<>(Map.of("zone", "us-1"))), from, "native");
        assertSame(m.view("a").meta(), m.view("b").meta());
        assertNotSame(m.view("a").meta(), m.view("c").meta());
        assertEquals(Map.of("zone", "us-1"), m.view("c").meta());
    }

    @Test
    void pastTheBoundNewMapsAreKeptAsTheyCome() {
        MetaInterner pool = new MetaInterner();
        for (int i = 0; i < MetaInterner.MAX; i++) {
            pool.intern(Map.of("host", "h" + i));
        }
        Map<String, String> late = new HashMap<>(Map.of("host", "late"));
        assertSame(late, pool.intern(late));
        assertNotSame(late, pool.intern(new HashMap<>(Map.of("host", "late"))), "not remembered: the pool is full");
        Map<String, String> early = new HashMap<>(Map.of("host", "h1"));
        assertEquals(Map.of("host", "h1"), pool.intern(early));
        assertNotSame(early, pool.intern(early), "an early map is still shared");
    }
}
