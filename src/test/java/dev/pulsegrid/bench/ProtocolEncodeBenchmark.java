package dev.pulsegrid.bench;

import dev.pulsegrid.protocol.BinaryHeartbeatEncoder;
import dev.pulsegrid.protocol.Heartbeat;
import dev.pulsegrid.protocol.JsonHeartbeatEncoder;
import dev.pulsegrid.protocol.MessageType;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Cost of encoding one typical heartbeat: what a simulator of 100,000 nodes pays per datagram. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ProtocolEncodeBenchmark {
    private final Heartbeat hb = new Heartbeat(MessageType.HEARTBEAT, "web-00417", 1_700_000_000_123L, 86_400L,
            1_700_000_086_400L, 1000, Map.of("cluster", "prod", "zone", "eu-west-1b", "role", "web"));
    private final ByteBuffer out = ByteBuffer.allocateDirect(1400);

    @Benchmark
    public int binaryIntoDirectBuffer() {
        out.clear();
        return BinaryHeartbeatEncoder.encode(hb, out);
    }

    @Benchmark
    public byte[] json() {
        return JsonHeartbeatEncoder.encode(hb);
    }
}
