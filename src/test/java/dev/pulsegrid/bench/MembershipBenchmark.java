package dev.pulsegrid.bench;

import dev.pulsegrid.cluster.ManualClock;
import dev.pulsegrid.cluster.Membership;
import dev.pulsegrid.detect.FixedTimeoutDetector;
import dev.pulsegrid.protocol.BinaryHeartbeatEncoder;
import dev.pulsegrid.protocol.DecodeException;
import dev.pulsegrid.protocol.Heartbeat;
import dev.pulsegrid.protocol.HeartbeatDecoder;
import dev.pulsegrid.protocol.MessageType;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Cost of one heartbeat on the membership thread: decode (binary or JSON) + membership update, over
 * a cluster of {@code nodes} known nodes, each heartbeat advancing the virtual clock by 10 µs.
 *
 * <p>Run: {@code mvn -Pbench test-compile exec:exec -Dbench=MembershipBenchmark}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MembershipBenchmark {
    @Param({"10000", "100000"})
    int nodes;

    private ManualClock clock;
    private Membership membership;
    private byte[][] binary;
    private byte[][] json;
    private int next;
    private long seq;
    private final InetSocketAddress from = new InetSocketAddress("10.0.0.1", 40000);

    @Setup
    public void setUp() throws DecodeException {
        clock = new ManualClock();
        membership = new Membership(clock, FixedTimeoutDetector.defaults());
        binary = new byte[nodes][];
        json = new byte[nodes][];
        for (int i = 0; i < nodes; i++) {
            String id = "node-" + i;
            binary[i] = BinaryHeartbeatEncoder.encode(new Heartbeat(MessageType.HEARTBEAT, id, 1, 0, 0, 1000,
                    Map.of("zone", "eu-" + (i % 3), "role", "web")));
            json[i] = ("{\"id\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8);
            membership.onHeartbeat(HeartbeatDecoder.decode(ByteBuffer.wrap(binary[i])), from, "native");
        }
    }

    @Benchmark
    public int binaryHeartbeat() throws DecodeException {
        int i = next;
        next = i + 1 == nodes ? 0 : i + 1;
        clock.advanceNanos(10_000);
        membership.onHeartbeat(HeartbeatDecoder.decode(ByteBuffer.wrap(binary[i])), from, "native");
        membership.advance();
        return i;
    }

    @Benchmark
    public int jsonHeartbeat() throws DecodeException {
        int i = next;
        next = i + 1 == nodes ? 0 : i + 1;
        clock.advanceNanos(10_000);
        membership.onHeartbeat(HeartbeatDecoder.decode(ByteBuffer.wrap(json[i])), from, "native");
        membership.advance();
        return i;
    }

    public static void main(String[] args) throws Exception {
        new Runner(new OptionsBuilder().include(MembershipBenchmark.class.getSimpleName()).build()).run();
    }
}
