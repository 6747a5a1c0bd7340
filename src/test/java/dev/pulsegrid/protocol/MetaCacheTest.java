package dev.pulsegrid.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reusing an earlier decode of the same metadata bytes never changes what a datagram decodes to. */
class MetaCacheTest {

    private static Heartbeat decode(String id, Map<String, String> meta) throws DecodeException {
        byte[] bytes = BinaryHeartbeatEncoder.encode(new Heartbeat(MessageType.HEARTBEAT, id, 1, 7, 0, 1000, meta));
        ByteBuffer direct = ByteBuffer.allocateDirect(bytes.length).put(bytes).flip(); // as Netty hands it over
        return HeartbeatDecoder.decode(direct);
    }

    @Test
    void nodesSendingTheSameMetadataShareOneDecodedMap() throws DecodeException {
        Heartbeat a = decode("node-1", Map.of("zone", "eu-1", "role", "db"));
        Heartbeat b = decode("node-2", Map.of("zone", "eu-1", "role", "db"));
        assertSame(a.meta(), b.meta());
        assertEquals(Map.of("zone", "eu-1", "role", "db"), b.meta());
        assertEquals("node-2", b.nodeId());
    }

    @Test
    void manyDifferentSectionsEachDecodeToTheirOwnMap() throws DecodeException {
        // more distinct sections than slots: collisions must fall back to parsing, never mix maps up
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 3 * MetaCache.SLOTS; i++) {
                Map<String, String> meta = Map.of("zone", "z" + i, "host", "h" + (i * 7919));
                assertEquals(meta, decode("n" + i, meta).meta());
            }
        }
    }

    @Test
    void aBadSectionIsRefusedEveryTimeEvenAfterAGoodOne() throws DecodeException {
        Map<String, String> meta = new HashMap<>();
        meta.put("zone", "eu-1");
        byte[] good = BinaryHeartbeatEncoder.encode(new Heartbeat(MessageType.HEARTBEAT, "n", 1, 1, 0, 1000, meta));
        HeartbeatDecoder.decode(good);
        byte[] bad = good.clone();
        bad[bad.length - 1] = 0x07; // a control character in the value
        for (int i = 0; i < 2; i++) {
            DecodeException e = assertThrows(DecodeException.class, () -> HeartbeatDecoder.decode(bad));
            assertEquals(DecodeError.BAD_METADATA, e.reason());
        }
    }
}
