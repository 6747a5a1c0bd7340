package dev.pulsegrid.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EncodedHeartbeatTest {

    @ParameterizedTest(name = "sequence {0}, sent at {1}")
    @CsvSource({"0, 0", "1, 1700000000000", "9223372036854775807, -1", "12345, 42"})
    void eachDatagramIsWhatTheEncoderWritesForThatSequenceAndTime(long sequence, long sentAt) throws DecodeException {
        Heartbeat base = new Heartbeat(MessageType.HEARTBEAT, "node-7", 3, 0, 0, 1000, Map.of("zone", "eu-1", "role", "db"));
        Heartbeat expected = new Heartbeat(MessageType.HEARTBEAT, "node-7", 3, sequence, sentAt, 1000, base.meta());
        EncodedHeartbeat e = new EncodedHeartbeat(base);
        ByteBuffer out = ByteBuffer.allocateDirect(e.size() + 5).position(5);

        e.writeTo(out, sequence, sentAt);

        byte[] got = new byte[e.size()];
        out.get(5, got);
        assertArrayEquals(BinaryHeartbeatEncoder.encode(expected), got);
        assertEquals(expected, HeartbeatDecoder.decode(got));
        assertEquals(5, out.position());
    }
}
