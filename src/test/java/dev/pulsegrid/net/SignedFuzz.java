package dev.pulsegrid.net;

import dev.pulsegrid.cluster.ClusterSnapshot;
import dev.pulsegrid.cluster.ManualClock;
import dev.pulsegrid.cluster.Membership;
import dev.pulsegrid.cluster.MembershipLimits;
import dev.pulsegrid.cluster.NodeState;
import dev.pulsegrid.cluster.NodeView;
import dev.pulsegrid.detect.FixedTimeoutDetector;
import dev.pulsegrid.protocol.DecodeError;
import dev.pulsegrid.protocol.DecodeException;
import dev.pulsegrid.protocol.Heartbeat;
import dev.pulsegrid.protocol.HeartbeatDecoder;
import dev.pulsegrid.protocol.HeartbeatSigner;
import dev.pulsegrid.protocol.Keyring;
import dev.pulsegrid.protocol.KeyringFormatException;
import dev.pulsegrid.protocol.MessageType;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Random and mutated signed datagrams through verify + decode + Membership in virtual time, with
 * the invariants checked after each batch. Shared by the jqwik property (small counts, normal suite)
 * and {@code bench.FuzzBenchmark} (a million and more).
 */
public final class SignedFuzz {
    public static final String KEYRING = """
            k1 hex:000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f primary
            k2 base64:cHVsc2VncmlkLXRlc3Qtc2VjcmV0LXR3byE=
            """;
    private static final String FOREIGN = "k1 hex:ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100";
    private static final InetSocketAddress[] FROM = {
        new InetSocketAddress("10.0.0.1", 4000), new InetSocketAddress("10.0.0.2", 4000),
        new InetSocketAddress("fd00::1", 4000), new InetSocketAddress("127.0.0.1", 5000)};

    private final SplittableRandom random;
    private final ManualClock clock = new ManualClock();
    private final Membership membership;
    private final Keyring keyring;
    private final HeartbeatSigner signer;
    private final HeartbeatSigner signerK2;
    private final HeartbeatSigner foreign;
    private final List<byte[]> captured = new ArrayList<>();
    private final long[] seq = new long[600];
    private final Map<DecodeError, Long> rejects = new EnumMap<>(DecodeError.class);
    private final int maxNodes;
    private long accepted;
    private long escaped;
    private long fed;
    private Throwable firstEscape;

    public SignedFuzz(long seed, int maxNodes) {
        this.random = new SplittableRandom(seed);
        this.maxNodes = maxNodes;
        this.membership = new Membership(clock, new FixedTimeoutDetector(Duration.ofMillis(300), Duration.ofMillis(900)),
                new MembershipLimits(maxNodes, Duration.ofSeconds(2)));
        try {
            this.keyring = Keyring.parse(KEYRING);
            this.signer = HeartbeatSigner.of(keyring);
            this.signerK2 = HeartbeatSigner.of(Keyring.of(List.of(keyring.find("k2")), "k2"));
            this.foreign = HeartbeatSigner.of(Keyring.parse(FOREIGN));
        } catch (KeyringFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Generates and feeds {@code n} datagrams. */
    public void run(long n) {
        for (long i = 0; i < n; i++) {
            feed(next());
        }
    }

    byte[] next() {
        int kind = random.nextInt(10);
        return switch (kind) {
            case 0 -> randomBytes();
            case 1, 2 -> mutate(keep(signed(signer, false)));
            case 3 -> mutate(signed(signer, true));
            case 4 -> captured.isEmpty() ? signed(signer, false) : captured.get(random.nextInt(captured.size())); // replay
            case 5 -> signed(foreign, random.nextBoolean());
            case 6 -> keep(signed(signerK2, random.nextBoolean()));
            default -> keep(signed(signer, random.nextInt(4) == 0));
        };
    }

    private byte[] keep(byte[] d) {
        if (captured.size() < 256) {
            captured.add(d);
        } else {
            captured.set(random.nextInt(captured.size()), d);
        }
        return d;
    }

    private byte[] signed(HeartbeatSigner s, boolean json) {
        int node = random.nextInt(seq.length);
        long sq = random.nextInt(8) == 0 ? random.nextLong(Math.max(1, seq[node] + 1)) : ++seq[node]; // some go backwards
        Heartbeat hb = new Heartbeat(random.nextInt(30) == 0 ? MessageType.LEAVE : MessageType.HEARTBEAT,
                "node-" + node, random.nextInt(20) == 0 ? random.nextInt(3) : 0, sq, clock.wallMillis(), 1000,
                random.nextInt(5) == 0 ? Map.of("zone", "z" + random.nextInt(3)) : Map.of());
        return json ? s.encodeJson(hb) : s.encode(hb);
    }

    private byte[] randomBytes() {
        byte[] b = new byte[random.nextInt(200)];
        random.nextBytes(b);
        if (b.length > 5 && random.nextBoolean()) {
            b[0] = 'P';
            b[1] = 'G';
            b[2] = 1;
            b[4] = 2; // claims a trailer
        }
        return b;
    }

    private byte[] mutate(byte[] b) {
        for (int m = 1 + random.nextInt(4); m > 0 && b.length > 0; m--) {
            int at = random.nextInt(b.length);
            switch (random.nextInt(4)) {
                case 0 -> b[at] = (byte) random.nextInt(256);
                case 1 -> b = Arrays.copyOf(b, at);
                case 2 -> b[at] ^= (byte) (1 << random.nextInt(8));
                default -> {
                    byte[] c = new byte[b.length + 1];
                    System.arraycopy(b, 0, c, 0, at);
                    c[at] = (byte) random.nextInt(256);
                    System.arraycopy(b, at, c, at + 1, b.length - at);
                    b = c;
                }
            }
        }
        return b;
    }

    /** One datagram the way the ingest handler treats it; anything but DecodeException is an escape. */
    public void feed(byte[] datagram) {
        fed++;
        try {
            Heartbeat hb = HeartbeatDecoder.decode(ByteBuffer.wrap(datagram), keyring, true);
            membership.onHeartbeat(hb, FROM[random.nextInt(FROM.length)], "fuzz");
            accepted++;
        } catch (DecodeException e) {
            rejects.merge(e.reason(), 1L, Long::sum);
        } catch (Throwable t) {
            escaped++;
            if (firstEscape == null) {
                firstEscape = t;
            }
        }
        if (random.nextInt(50) == 0) {
            clock.advanceMillis(random.nextInt(400));
            try {
                membership.advance();
            } catch (Throwable t) {
                escaped++;
                if (firstEscape == null) {
                    firstEscape = t;
                }
            }
        }
    }

    /** @return null when the snapshot is consistent, else what is wrong */
    public String checkInvariants() {
        ClusterSnapshot s = membership.publish();
        int sum = 0;
        for (NodeState st : NodeState.values()) {
            if (s.count(st) < 0) {
                return "negative count for " + st;
            }
            sum += s.count(st);
        }
        if (sum != s.nodeCount()) {
            return "counts per state sum to " + sum + " but nodeCount is " + s.nodeCount();
        }
        int present = 0;
        for (NodeView v : s.nodes()) {
            if (v == null) {
                continue;
            }
            present++;
            if (v.state() == null || v.id() == null || v.id().isEmpty()) {
                return "node without state or id: " + v;
            }
        }
        if (present != s.nodeCount()) {
            return present + " nodes in the slots but nodeCount is " + s.nodeCount();
        }
        if (s.nodeCount() > maxNodes || membership.size() > maxNodes) {
            return "node cap " + maxNodes + " exceeded: " + s.nodeCount();
        }
        return null;
    }

    public long fed() {
        return fed;
    }

    public long accepted() {
        return accepted;
    }

    public long escaped() {
        return escaped;
    }

    public Throwable firstEscape() {
        return firstEscape;
    }

    public Map<DecodeError, Long> rejects() {
        return rejects;
    }

    public Membership membership() {
        return membership;
    }
}
