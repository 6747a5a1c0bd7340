package dev.pulsegrid.sim;

import dev.pulsegrid.cluster.Clock;
import dev.pulsegrid.protocol.Heartbeat;
import dev.pulsegrid.protocol.MessageType;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A cluster of simulated nodes that heartbeat, lose datagrams, crash, recover, leave and rejoin.
 * It has no thread and never sleeps: each {@link #tick()} emits everything that became due up to
 * the injected clock's now, in time order. With a {@code ManualClock} a test drives minutes of
 * cluster life in milliseconds; with the system clock a caller ticks it from its own loop.
 * Not thread-safe: one caller ticks it.
 */
public final class SimulatedCluster {
    static final byte UP = 0;
    static final byte CRASHED = 1;
    static final byte LEFT = 2;
    private static final long NEVER = Long.MAX_VALUE;
    private static final long NANOS_PER_MINUTE = 60_000_000_000L;
    /** A node more than this many intervals behind was "paused" with its driver: it skips the backlog. */
    private static final int MAX_BACKLOG_INTERVALS = 5;

    private final SimulationConfig config;
    private final Clock clock;
    private final HeartbeatSink sink;
    private final SplittableRandom random;
    private final NodeCatalog catalog;
    private final long intervalNanos;
    private final long jitterNanos;
    private final byte[] status;
    private final long[] incarnation;
    private final long[] sequence;
    private final long[] nextSend;
    private final long[] nextLifecycle;
    private final DueQueue queue;
    private final SimulationStats.Counter counter = new SimulationStats.Counter();

    public SimulatedCluster(SimulationConfig config, Clock clock, HeartbeatSink sink) {
        this.config = config;
        this.clock = clock;
        this.sink = sink;
        this.random = new SplittableRandom(config.seed());
        this.catalog = new NodeCatalog(config.nodes());
        this.intervalNanos = config.interval().toNanos();
        this.jitterNanos = Math.min(config.jitter().toNanos(), intervalNanos);
        int n = config.nodes();
        status = new byte[n];
        incarnation = new long[n];
        sequence = new long[n];
        nextSend = new long[n];
        nextLifecycle = new long[n];
        long now = clock.nanos();
        long[] due = new long[n];
        for (int i = 0; i < n; i++) {
            incarnation[i] = 1;
            nextSend[i] = now + random.nextLong(intervalNanos); // spread the first round over one interval
            nextLifecycle[i] = after(now, upRatePerMinute());
            due[i] = Math.min(nextSend[i], nextLifecycle[i]);
        }
        counter.up = n;
        queue = new DueQueue(due);
    }

    /**
     * Emits everything due up to {@code clock.nanos()}.
     *
     * @return how many datagrams reached the sink
     */
    public int tick() {
        long now = clock.nanos();
        long wallNow = clock.wallMillis();
        long delivered = counter.delivered;
        while (queue.peekDue() <= now) {
            int node = queue.peekNode();
            long at = queue.dueOf(node);
            if (nextLifecycle[node] <= nextSend[node]) {
                lifecycle(node, at, wallNow - (now - at) / 1_000_000L);
            } else if (now - at > MAX_BACKLOG_INTERVALS * intervalNanos) {
                // The driver fell far behind (suspended process, laptop asleep). A real node would not
                // replay the heartbeats it missed meanwhile, and replaying hours of them would stall us.
                nextSend[node] = now + random.nextLong(intervalNanos);
            } else {
                send(node, MessageType.HEARTBEAT, at, wallNow - (now - at) / 1_000_000L);
                nextSend[node] = at + gap();
            }
            queue.update(node, Math.min(nextSend[node], nextLifecycle[node]));
        }
        return (int) (counter.delivered - delivered);
    }

    private void lifecycle(int node, long at, long wallAt) {
        switch (status[node]) {
            case UP -> {
                double crash = config.crashPerMinute();
                boolean crashes = random.nextDouble() * (crash + config.leavePerMinute()) < crash;
                if (crashes) {
                    stop(node, at, CRASHED);
                } else {
                    send(node, MessageType.LEAVE, at, wallAt);
                    stop(node, at, LEFT);
                }
            }
            case CRASHED -> restart(node, at, true);
            default -> restart(node, at, false);
        }
    }

    private void stop(int node, long at, byte newStatus) {
        status[node] = newStatus;
        nextSend[node] = NEVER;
        counter.up--;
        if (newStatus == CRASHED) {
            counter.crashes++;
            counter.crashed++;
            nextLifecycle[node] = after(at, config.recoverPerMinute());
        } else {
            counter.leaves++;
            counter.left++;
            nextLifecycle[node] = after(at, config.rejoinPerMinute());
        }
    }

    private void restart(int node, long at, boolean fromCrash) {
        if (fromCrash) {
            counter.recoveries++;
            counter.crashed--;
        } else {
            counter.rejoins++;
            counter.left--;
        }
        counter.up++;
        status[node] = UP;
        incarnation[node]++;
        sequence[node] = 0;
        nextSend[node] = at; // a started process says hello at once
        nextLifecycle[node] = after(at, upRatePerMinute());
    }

    private void send(int node, MessageType type, long at, long wallAt) {
        long seq = ++sequence[node];
        counter.sent++;
        if (config.loss() > 0 && random.nextDouble() < config.loss()) {
            counter.lost++;
            return;
        }
        counter.delivered++;
        Heartbeat hb = new Heartbeat(type, catalog.id(node), incarnation[node], seq, wallAt,
                (int) Math.min(Integer.MAX_VALUE, config.interval().toMillis()), catalog.meta(node));
        sink.send(hb, catalog.address(node));
    }

    /** When the next datagram or churn event is due (clock nanos): a driver can sleep until then. */
    public long nextDueNanos() {
        return queue.peekDue();
    }

    /** Stops a running node abruptly: no more heartbeats until {@link #restart(String)}. */
    public boolean crash(String id) {
        int node = runningNode(id);
        if (node < 0) {
            return false;
        }
        stop(node, clock.nanos(), CRASHED);
        queue.update(node, nextLifecycle[node]);
        return true;
    }

    /** Makes a running node leave gracefully: it sends LEAVE now (subject to loss) and stops. */
    public boolean leave(String id) {
        int node = runningNode(id);
        if (node < 0) {
            return false;
        }
        long now = clock.nanos();
        send(node, MessageType.LEAVE, now, clock.wallMillis());
        stop(node, now, LEFT);
        queue.update(node, nextLifecycle[node]);
        return true;
    }

    /** Starts a crashed or departed node again now, with a higher incarnation; sent on the next tick. */
    public boolean restart(String id) {
        int node = catalog.indexOf(id);
        if (node < 0 || status[node] == UP) {
            return false;
        }
        restart(node, clock.nanos(), status[node] == CRASHED);
        queue.update(node, Math.min(nextSend[node], nextLifecycle[node]));
        return true;
    }

    private int runningNode(String id) {
        int node = catalog.indexOf(id);
        return node >= 0 && status[node] == UP ? node : -1;
    }

    /** Interval plus uniform jitter in [-jitter, +jitter], at least one millisecond. */
    private long gap() {
        long j = jitterNanos == 0 ? 0 : random.nextLong(-jitterNanos, jitterNanos + 1);
        return Math.max(1_000_000L, intervalNanos + j);
    }

    /** Time of the next event of a Poisson process with the given rate, or never. */
    private long after(long from, double perMinute) {
        if (perMinute <= 0) {
            return NEVER;
        }
        double nanos = -Math.log(1.0 - random.nextDouble()) * NANOS_PER_MINUTE / perMinute;
        return nanos >= NEVER - from ? NEVER : from + Math.max(1L, (long) nanos);
    }

    private double upRatePerMinute() {
        return config.crashPerMinute() + config.leavePerMinute();
    }

    /** The made-up address of a node: 10.x.y.z:7946 from its number, the same across restarts. */
    public InetSocketAddress addressOf(int node) {
        return catalog.address(node);
    }

    public int size() {
        return catalog.size();
    }

    public String nodeId(int node) {
        return catalog.id(node);
    }

    public Map<String, String> meta(int node) {
        return catalog.meta(node);
    }

    /** @return true if the node exists and is running (not crashed, not departed) */
    public boolean isRunning(String id) {
        return runningNode(id) >= 0;
    }

    public SimulationConfig config() {
        return config;
    }

    public SimulationStats stats() {
        return counter.snapshot();
    }
}
