package dev.pulsegrid.bench;

import dev.pulsegrid.protocol.BinaryHeartbeatEncoder;
import dev.pulsegrid.protocol.DecodeException;
import dev.pulsegrid.protocol.Heartbeat;
import dev.pulsegrid.protocol.HeartbeatDecoder;
import dev.pulsegrid.protocol.JsonHeartbeatEncoder;
import dev.pulsegrid.protocol.MessageType;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Decode cost in CPU time of the measuring thread, not wall time: on a machine shared with other
 * busy processes JMH's wall-clock figures include time spent descheduled, this does not. Same
 * datagrams as {@link DecodeBenchmark}; prints the median of 7 rounds. Run with the same class path.
 */
public final class DecodeCpuCost {
    public static void main(String[] args) throws Exception {
        Heartbeat hb = new Heartbeat(MessageType.HEARTBEAT, "web-00417", 1_700_000_000_123L, 86_400L,
                1_700_000_086_400L, 1000, Map.of("cluster", "prod", "zone", "eu-west-1b", "role", "web"));
        byte[] bin = BinaryHeartbeatEncoder.encode(hb);
        byte[] junk = bin.clone();
        junk[1] = 'X';
        Map<String, ByteBuffer> cases = new LinkedHashMap<>();
        cases.put("binary (heap)", ByteBuffer.wrap(bin));
        cases.put("binary (direct)", ByteBuffer.allocateDirect(bin.length).put(bin).flip());
        cases.put("json (all fields, 3 meta)", ByteBuffer.wrap(JsonHeartbeatEncoder.encode(hb)));
        cases.put("json {\"id\":\"db-7\"}", ByteBuffer.wrap("{\"id\":\"db-7\"}\n".getBytes(StandardCharsets.US_ASCII)));
        cases.put("reject BAD_MAGIC", ByteBuffer.wrap(junk));
        cases.put("reject TRUNCATED (binary)", ByteBuffer.wrap(Arrays.copyOf(bin, bin.length - 3)));
        // Jackson reports syntax errors with ordinary exceptions (stack trace and message): the costly refusal.
        cases.put("reject BAD_JSON (truncated)", ByteBuffer.wrap("{\"id\":\"web-1\",\"seq\":5".getBytes(StandardCharsets.US_ASCII)));
        cases.put("reject BAD_JSON (syntax)", ByteBuffer.wrap("{\"id\":\"web-1\",,\"seq\":5}".getBytes(StandardCharsets.US_ASCII)));
        cases.put("reject MISSING_ID (json)", ByteBuffer.wrap("{\"seq\":5,\"meta\":{\"zone\":\"a\"}}".getBytes(StandardCharsets.US_ASCII)));
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        int ops = args.length > 0 ? Integer.parseInt(args[0]) : 500_000;
        for (Map.Entry<String, ByteBuffer> c : cases.entrySet()) {
            long[] rounds = new long[7];
            run(c.getValue(), ops * 4); // warm-up: let C2 compile the path
            for (int r = 0; r < rounds.length; r++) {
                long t0 = cpu.getCurrentThreadCpuTime();
                run(c.getValue(), ops);
                rounds[r] = (cpu.getCurrentThreadCpuTime() - t0) / ops;
            }
            Arrays.sort(rounds);
            System.out.printf("%-28s %6d ns/op CPU (median of 7 x %,d; min %d, max %d)%n",
                    c.getKey(), rounds[3], ops, rounds[0], rounds[6]);
        }
    }

    private static long sink;

    private static void run(ByteBuffer datagram, int ops) {
        long s = 0;
        for (int i = 0; i < ops; i++) {
            try {
                s += HeartbeatDecoder.decode(datagram).sequence();
            } catch (DecodeException e) {
                s += e.reason().ordinal();
            }
        }
        sink += s;
    }
}
