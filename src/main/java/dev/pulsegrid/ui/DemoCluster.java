package dev.pulsegrid.ui;

import dev.pulsegrid.cluster.Clock;
import dev.pulsegrid.protocol.Heartbeat;
import dev.pulsegrid.protocol.MessageType;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The "Start demo cluster" button's cluster: nodes that heartbeat every second with jitter, some
 * crashing and restarting (new incarnation), some leaving and coming back, a few flaky ones whose
 * gaps cross suspect-after, all fed in-process to the monitor from one scheduled background
 * thread on the real clock. Kept inside the UI so the demo never depends on the network.
 */
public final class DemoCluster implements AutoCloseable {
    /** Takes one tick's messages (and their senders' addresses, index for index). Must not block. */
    public interface Sink {
        void ingest(List<Heartbeat> heartbeats, List<InetSocketAddress> from);
    }

    private static final String[] ROLES = {"web", "api", "db", "cache", "worker", "queue"};
    private static final String[] ZONES = {"eu-1", "eu-2", "us-1", "ap-1"};
    private static final long TICK_MS = 50;
    /** On average a node crashes once every 10 minutes and leaves once an hour: a lively, readable grid. */
    private static final double CRASH_PER_SECOND = 1.0 / 600;  // judged once per heartbeat (~1 s)
    private static final double LEAVE_PER_SECOND = 1.0 / 3600;

    private final Sink sink;
    private final Clock clock;
    private final SplittableRandom random = new SplittableRandom(7);
    private final Node[] nodes;
    private final ScheduledExecutorService timer;

    private static final class Node {
        String id;
        Map<String, String> meta;
        InetSocketAddress address;
        long incarnation = 1;
        long sequence;
        long nextSendNanos;
        long downUntilNanos; // > now: crashed or left, silent until then
        boolean flaky;
    }

    public DemoCluster(int count, Sink sink, Clock clock) {
        this.sink = sink;
        this.clock = clock;
        this.nodes = new Node[count];
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "pulsegrid-demo");
            t.setDaemon(true);
            return t;
        });
    }

    /** Builds the nodes on the demo thread: 100,000 of them are not the FX thread's business. */
    private void populate() {
        int count = nodes.length;
        long now = clock.nanos();
        int[] perRole = new int[ROLES.length];
        for (int i = 0; i < count; i++) {
            Node n = new Node();
            int role = i % ROLES.length;
            String zone = ZONES[(i / ROLES.length) % ZONES.length];
            n.id = ROLES[role] + "-" + (++perRole[role]);
            n.meta = Map.of("role", ROLES[role], "zone", zone, "cluster", i % 5 == 0 ? "batch" : "prod", "version", "1.4." + (i % 3));
            n.address = address(role + 1, i);
            n.flaky = i % 97 == 13;
            n.nextSendNanos = now + random.nextLong(1_000_000_000L);
            nodes[i] = n;
        }
    }

    /** 10.role.hi.lo from raw bytes: a string host would go through the resolver. */
    private static InetSocketAddress address(int role, int i) {
        byte[] ip = {10, (byte) role, (byte) (i >> 8), (byte) (i & 0xFF)};
        try {
            return new InetSocketAddress(java.net.InetAddress.getByAddress(ip), 7946);
        } catch (java.net.UnknownHostException impossible) {
            throw new IllegalStateException(impossible); // four bytes are always an address
        }
    }

    public DemoCluster start() {
        timer.execute(this::populate);
        timer.scheduleAtFixedRate(this::tick, TICK_MS, TICK_MS, TimeUnit.MILLISECONDS);
        return this;
    }

    /**
     * One tick: every node that is due decides (once per heartbeat, not per tick) whether it sends,
     * crashes or leaves; the tick's messages go to the sink as one batch, so the membership thread
     * is woken once per tick rather than once per heartbeat.
     */
    private void tick() {
        try {
            long now = clock.nanos();
            List<Heartbeat> batch = new ArrayList<>();
            List<InetSocketAddress> from = new ArrayList<>();
            for (Node n : nodes) {
                if (n == null) {
                    return; // not populated yet
                }
                if (now < n.nextSendNanos || n.downUntilNanos > now) {
                    continue;
                }
                if (n.downUntilNanos != 0) {
                    n.downUntilNanos = 0;
                    n.incarnation++; // restarted
                    n.sequence = 0;
                }
                double gapSeconds = 1.0;
                // Every node is heard once before it may crash or leave: the demo shows the whole cluster at once.
                boolean canFail = n.sequence > 0;
                if (canFail && random.nextDouble() < CRASH_PER_SECOND * gapSeconds) {
                    n.downUntilNanos = now + seconds(5 + random.nextInt(40));
                    n.nextSendNanos = n.downUntilNanos;
                    continue;
                }
                boolean leaving = canFail && random.nextDouble() < LEAVE_PER_SECOND * gapSeconds;
                batch.add(heartbeat(n, leaving ? MessageType.LEAVE : MessageType.HEARTBEAT));
                from.add(n.address);
                if (leaving) {
                    n.downUntilNanos = now + seconds(20 + random.nextInt(60));
                    n.nextSendNanos = n.downUntilNanos;
                } else {
                    long gap = n.flaky && random.nextInt(4) == 0 ? 2_500 + random.nextInt(2_500) : 900 + random.nextInt(200);
                    n.nextSendNanos = now + gap * 1_000_000L;
                }
            }
            if (!batch.isEmpty()) {
                sink.ingest(batch, from);
            }
        } catch (RuntimeException e) {
            // A failing tick must not kill the schedule; the next tick tries again.
            System.err.println("pulsegrid demo: " + e);
        }
    }

    private Heartbeat heartbeat(Node n, MessageType type) {
        return new Heartbeat(type, n.id, n.incarnation, ++n.sequence, clock.wallMillis(), 1000, n.meta);
    }

    private static long seconds(int s) {
        return s * 1_000_000_000L;
    }

    public int size() {
        return nodes.length;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
