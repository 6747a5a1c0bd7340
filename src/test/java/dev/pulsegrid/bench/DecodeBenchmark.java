package dev.pulsegrid.bench;

import dev.pulsegrid.protocol.BinaryHeartbeatEncoder;
import dev.pulsegrid.protocol.DecodeException;
import dev.pulsegrid.protocol.Heartbeat;
import dev.pulsegrid.protocol.HeartbeatDecoder;
import dev.pulsegrid.protocol.JsonHeartbeatEncoder;
import dev.pulsegrid.protocol.MessageType;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of decoding one typical heartbeat (3 metadata labels, as the agent sends) in each form, from
 * a heap array and from a direct buffer as Netty hands it over, and of refusing garbage.
 * Run: {@code java -cp target/test-classes:target/classes:$(cat cp.txt) dev.pulsegrid.bench.DecodeBenchmark}
 * (extra arguments go to JMH, e.g. {@code -f 1 -wi 2 -i 3}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DecodeBenchmark {
    private ByteBuffer binary;
    private ByteBuffer binaryDirect;
    private ByteBuffer json;
    private ByteBuffer jsonMinimal;
    private ByteBuffer garbage;
    private ByteBuffer truncatedBinary;
    private ByteBuffer jsonWithoutId;

    @Setup
    public void setUp() {
        Heartbeat hb = new Heartbeat(MessageType.HEARTBEAT, "web-00417", 1_700_000_000_123L, 86_400L,
                1_700_000_086_400L, 1000, Map.of("cluster", "prod", "zone", "eu-west-1b", "role", "web"));
        byte[] bin = BinaryHeartbeatEncoder.encode(hb);
        binary = ByteBuffer.wrap(bin);
        binaryDirect = ByteBuffer.allocateDirect(bin.length).put(bin).flip();
        json = ByteBuffer.wrap(JsonHeartbeatEncoder.encode(hb));
        jsonMinimal = ByteBuffer.wrap("{\"id\":\"db-7\"}\n".getBytes(StandardCharsets.US_ASCII));
        byte[] junk = bin.clone();
        junk[1] = 'X';
        garbage = ByteBuffer.wrap(junk);
        truncatedBinary = ByteBuffer.wrap(java.util.Arrays.copyOf(bin, bin.length - 3));
        jsonWithoutId = ByteBuffer.wrap("{\"seq\":5,\"meta\":{\"zone\":\"a\"}}".getBytes(StandardCharsets.US_ASCII));
    }

    @Benchmark
    public Heartbeat binaryHeap() throws DecodeException {
        return HeartbeatDecoder.decode(binary);
    }

    @Benchmark
    public Heartbeat binaryDirect() throws DecodeException {
        return HeartbeatDecoder.decode(binaryDirect);
    }

    @Benchmark
    public Heartbeat json() throws DecodeException {
        return HeartbeatDecoder.decode(json);
    }

    @Benchmark
    public Heartbeat jsonMinimal() throws DecodeException {
        return HeartbeatDecoder.decode(jsonMinimal);
    }

    @Benchmark
    public Object rejectBadMagic() {
        try {
            return HeartbeatDecoder.decode(garbage);
        } catch (DecodeException e) {
            return e.reason();
        }
    }

    /** Refused at the last metadata entry: the deepest binary throw. */
    @Benchmark
    public Object rejectTruncatedBinary() {
        try {
            return HeartbeatDecoder.decode(truncatedBinary);
        } catch (DecodeException e) {
            return e.reason();
        }
    }

    /** Refused after parsing the whole object: the deepest JSON throw. */
    @Benchmark
    public Object rejectJsonWithoutId() {
        try {
            return HeartbeatDecoder.decode(jsonWithoutId);
        } catch (DecodeException e) {
            return e.reason();
        }
    }

    public static void main(String[] args) throws Exception {
        String[] jmh = new String[args.length + 1];
        jmh[0] = DecodeBenchmark.class.getName();
        System.arraycopy(args, 0, jmh, 1, args.length);
        org.openjdk.jmh.Main.main(jmh);
    }
}
