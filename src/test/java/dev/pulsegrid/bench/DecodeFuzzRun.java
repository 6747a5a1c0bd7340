package dev.pulsegrid.bench;

import dev.pulsegrid.protocol.BinaryHeartbeatEncoder;
import dev.pulsegrid.protocol.DecodeError;
import dev.pulsegrid.protocol.DecodeException;
import dev.pulsegrid.protocol.Heartbeat;
import dev.pulsegrid.protocol.HeartbeatDecoder;
import dev.pulsegrid.protocol.JsonHeartbeatEncoder;
import dev.pulsegrid.protocol.MessageType;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The long fuzz run behind the "zero exceptions escape" figure: random bytes, token soup that looks
 * like JSON, and valid datagrams of both forms with 1..4 random mutations, through
 * {@link HeartbeatDecoder}. Prints the outcome by reason; exits 1 if anything but an ordinary
 * DecodeException came out. Args: [count, default 1,000,000] [seed].
 */
public final class DecodeFuzzRun {
    private static final String[] TOKENS = {"{", "}", "[", "]", ":", ",", "\"id\"", "\"x\"", "\"meta\"",
            "\"inc\"", "\"seq\"", "\"ts\"", "\"type\"", "\"leave\"", "\"interval\"", "1", "-1", "0.5",
            "1e999", "99999999999999999999", "null", "true", "\"\\u0000\"", "\"\\ud800\"", " ", "\n", "\"", "\\", "é"};

    public static void main(String[] args) {
        long count = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 1_000_000;
        SplittableRandom random = new SplittableRandom(args.length > 1 ? Long.parseLong(args[1]) : 1);
        Map<DecodeError, Long> outcomes = new EnumMap<>(DecodeError.class);
        long accepted = 0;
        long escaped = 0;
        long t0 = System.nanoTime();
        for (long i = 0; i < count; i++) {
            byte[] datagram = switch ((int) (i % 4)) {
                case 0 -> randomBytes(random);
                case 1 -> tokenSoup(random);
                case 2 -> mutate(random, BinaryHeartbeatEncoder.encode(heartbeat(random)));
                default -> mutate(random, JsonHeartbeatEncoder.encode(heartbeat(random)));
            };
            try {
                HeartbeatDecoder.decode(datagram);
                accepted++;
            } catch (DecodeException e) {
                outcomes.merge(e.reason(), 1L, Long::sum);
            } catch (Throwable t) {
                escaped++;
                System.err.println("ESCAPED " + t + " on " + java.util.HexFormat.of().formatHex(datagram));
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%,d datagrams in %.1f s (%,.0f/s, generation included)%n", count, seconds, count / seconds);
        System.out.printf("accepted %,d%n", accepted);
        outcomes.forEach((reason, n) -> System.out.printf("%-20s %,d%n", reason, n));
        long faults = outcomes.getOrDefault(DecodeError.DECODER_FAULT, 0L);
        System.out.printf("escaped %,d, decoder faults %,d%n", escaped, faults);
        System.exit(escaped == 0 && faults == 0 ? 0 : 1);
    }

    private static Heartbeat heartbeat(SplittableRandom r) {
        int metaCount = r.nextInt(5);
        Map<String, String> meta = new java.util.HashMap<>();
        for (int i = 0; i < metaCount; i++) {
            meta.put("k" + i, "value-" + r.nextInt(1000));
        }
        return new Heartbeat(r.nextBoolean() ? MessageType.HEARTBEAT : MessageType.LEAVE,
                "node-" + r.nextInt(100_000) + (r.nextInt(10) == 0 ? "-é" : ""),
                r.nextLong(Long.MAX_VALUE), r.nextLong(Long.MAX_VALUE), r.nextLong(), r.nextInt(Integer.MAX_VALUE), meta);
    }

    private static byte[] randomBytes(SplittableRandom r) {
        byte[] b = new byte[r.nextInt(r.nextInt(10) == 0 ? 9000 : 300)];
        r.nextBytes(b);
        if (b.length > 2 && r.nextBoolean()) { // get past the magic check half the time
            b[0] = 'P';
            b[1] = 'G';
            b[2] = 1;
        }
        return b;
    }

    private static byte[] tokenSoup(SplittableRandom r) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = r.nextInt(40); i > 0; i--) {
            sb.append(TOKENS[r.nextInt(TOKENS.length)]);
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] mutate(SplittableRandom r, byte[] b) {
        for (int m = 1 + r.nextInt(4); m > 0 && b.length > 0; m--) {
            int at = r.nextInt(b.length);
            switch (r.nextInt(4)) {
                case 0 -> b[at] = (byte) r.nextInt(256);
                case 1 -> b = java.util.Arrays.copyOf(b, at);
                case 2 -> b[at] ^= (byte) (1 << r.nextInt(8));
                default -> {
                    byte[] c = new byte[b.length + 1];
                    System.arraycopy(b, 0, c, 0, at);
                    c[at] = (byte) r.nextInt(256);
                    System.arraycopy(b, at, c, at + 1, b.length - at);
                    b = c;
                }
            }
        }
        return b;
    }
}
