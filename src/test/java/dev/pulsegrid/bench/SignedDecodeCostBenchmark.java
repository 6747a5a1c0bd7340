package dev.pulsegrid.bench;

import dev.pulsegrid.protocol.BinaryHeartbeatEncoder;
import dev.pulsegrid.protocol.DecodeException;
import dev.pulsegrid.protocol.Heartbeat;
import dev.pulsegrid.protocol.HeartbeatDecoder;
import dev.pulsegrid.protocol.HeartbeatSigner;
import dev.pulsegrid.protocol.Keyring;
import dev.pulsegrid.protocol.MessageType;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Map;

/**
 * CPU cost of authentication on the receive path, per datagram, measured as this thread's CPU time
 * (not wall time: on 2 shared cores wall time mostly measures the neighbours). Unsigned binary decode
 * vs HMAC verify + decode (binary and JSON) vs a forged datagram (verify fails). Args: [count=2000000].
 */
public final class SignedDecodeCostBenchmark {
    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 2_000_000;
        Keyring ring = Keyring.parse("k1 hex:000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f\n");
        HeartbeatSigner signer = HeartbeatSigner.of(ring);
        int n = 4096;
        ByteBuffer[] plain = new ByteBuffer[n];
        ByteBuffer[] signedBin = new ByteBuffer[n];
        ByteBuffer[] signedJson = new ByteBuffer[n];
        ByteBuffer[] forged = new ByteBuffer[n];
        for (int i = 0; i < n; i++) {
            Heartbeat hb = new Heartbeat(MessageType.HEARTBEAT, "node-" + i, 1700000000000L, i, 1700000000000L + i, 1000,
                    Map.of("zone", "eu-1", "role", "web"));
            plain[i] = ByteBuffer.wrap(BinaryHeartbeatEncoder.encode(hb));
            signedBin[i] = ByteBuffer.wrap(signer.encode(hb));
            signedJson[i] = ByteBuffer.wrap(signer.encodeJson(hb));
            byte[] f = signer.encode(hb);
            f[f.length - 1] ^= 1;
            forged[i] = ByteBuffer.wrap(f);
        }
        System.out.printf(Locale.ROOT, "per-datagram CPU time, %,d each (binary %d bytes unsigned, %d signed); %s%n",
                count, plain[0].remaining(), signedBin[0].remaining(), BenchEnv.loadAverage());
        for (int round = 0; round < 2; round++) { // round 0 warms the JIT up
            report(round, "unsigned binary decode", plain, ring, false, count);
            report(round, "signed binary verify+decode", signedBin, ring, true, count);
            report(round, "signed JSON verify+decode", signedJson, ring, true, count);
            report(round, "forged binary (rejected)", forged, ring, true, count);
        }
        System.out.println(BenchEnv.loadAverage());
    }

    private static void report(int round, String name, ByteBuffer[] data, Keyring ring, boolean require, int count) {
        var mx = ManagementFactory.getThreadMXBean();
        long cpu0 = mx.getCurrentThreadCpuTime();
        long ok = 0;
        for (int i = 0; i < count; i++) {
            try {
                HeartbeatDecoder.decode(data[i & (data.length - 1)], ring, require);
                ok++;
            } catch (DecodeException e) {
                // counted by difference
            }
        }
        long cpu = mx.getCurrentThreadCpuTime() - cpu0;
        if (round > 0) {
            System.out.printf(Locale.ROOT, "  %-30s %6.2f us CPU/datagram (%,.0f/s per core), accepted %,d%n",
                    name, cpu / 1e3 / count, count / (cpu / 1e9), ok);
        }
    }
}
