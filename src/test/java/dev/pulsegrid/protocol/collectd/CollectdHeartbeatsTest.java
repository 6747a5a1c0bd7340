package dev.pulsegrid.protocol.collectd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.pulsegrid.protocol.Heartbeat;
import dev.pulsegrid.protocol.MessageType;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CollectdHeartbeatsTest {
    private static CollectdHostRecord record(Set<String> plugins, Set<String> types) {
        return new CollectdHostRecord("web-1", 1_700_000_000_000L, 10_000, plugins, types, 3,
                SecurityLevel.SIGN, "alice");
    }

    @Test
    void hostIsNodeIdIntervalIsHintAndMetadataIsTheUnionOfPluginsSeen() {
        CollectdHeartbeats hb = new CollectdHeartbeats();
        hb.toHeartbeat(record(Set.of("load"), Set.of("load")));
        Heartbeat h = hb.toHeartbeat(record(Set.of("memory", "cpu"), Set.of("memory", "percent")));
        assertEquals(MessageType.HEARTBEAT, h.type());
        assertEquals("web-1", h.nodeId());
        assertEquals(10_000, h.intervalHintMillis());
        assertEquals(1_700_000_000_000L, h.sentAtMillis());
        assertEquals("cpu,load,memory", h.meta().get(CollectdHeartbeats.META_PLUGINS));
        assertEquals("load,memory,percent", h.meta().get(CollectdHeartbeats.META_TYPES));
        assertEquals("sign", h.meta().get(CollectdHeartbeats.META_SECURITY));
        assertEquals("alice", h.meta().get(CollectdHeartbeats.META_USER));
    }

    @Test
    void unchangedPluginsReuseTheSameMetadataSoMembershipSeesNoChange() {
        CollectdHeartbeats hb = new CollectdHeartbeats();
        Heartbeat a = hb.toHeartbeat(record(Set.of("load", "cpu"), Set.of("load")));
        Heartbeat b = hb.toHeartbeat(record(Set.of("cpu"), Set.of("load")));
        assertSame(a.meta(), b.meta());
    }
}
