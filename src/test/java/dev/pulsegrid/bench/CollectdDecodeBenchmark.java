package dev.pulsegrid.bench;

import dev.pulsegrid.protocol.Heartbeat;
import dev.pulsegrid.protocol.collectd.CollectdAuthFile;
import dev.pulsegrid.protocol.collectd.CollectdDecodeException;
import dev.pulsegrid.protocol.collectd.CollectdDecoder;
import dev.pulsegrid.protocol.collectd.CollectdHeartbeats;
import dev.pulsegrid.protocol.collectd.CollectdHostRecord;
import dev.pulsegrid.protocol.collectd.SecurityLevel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.List;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * collectd datagrams decoded per second, one thread, on the real captured packets (~1.3 KB, full
 * packets as collectd sends them): decode + verify/decrypt + heartbeat conversion.
 * Run: see docs/INTEGRATIONS.md ("Figures").
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CollectdDecodeBenchmark {
    @Param({"none", "sign", "encrypt"})
    public String level;

    private ByteBuffer packet;
    private CollectdDecoder decoder;
    private final CollectdHeartbeats heartbeats = new CollectdHeartbeats();

    @Setup
    public void setUp() throws IOException {
        try (InputStream in = CollectdDecodeBenchmark.class.getResourceAsStream("/collectd/" + level + "-000.bin")) {
            packet = ByteBuffer.wrap(in.readAllBytes());
        }
        SecurityLevel demand = SecurityLevel.parse(level);
        decoder = new CollectdDecoder(demand, CollectdAuthFile.parse(List.of("pulsegrid: capture-secret"), "bench"));
    }

    @Benchmark
    public void decode(Blackhole bh) throws CollectdDecodeException {
        for (CollectdHostRecord r : decoder.decode(packet)) {
            Heartbeat h = heartbeats.toHeartbeat(r);
            bh.consume(h);
        }
    }
}
