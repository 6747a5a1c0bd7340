package dev.pulsegrid.net;

import dev.pulsegrid.cluster.ClusterSnapshot;
import dev.pulsegrid.cluster.Membership;
import dev.pulsegrid.cluster.MembershipListener;
import dev.pulsegrid.detect.FailureDetector;
import dev.pulsegrid.protocol.Heartbeat;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import java.net.InetSocketAddress;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A running monitor: the membership thread (one Netty event loop) that owns {@link Membership},
 * the UDP channel feeding it, the tick that fires deadlines, and the snapshot it publishes.
 *
 * <p>Everything that writes membership runs on that one thread: datagrams arrive there, in-process
 * ingest and settings changes are handed to it. Readers call {@link #snapshot()} from any thread.
 */
public final class Monitor implements AutoCloseable {
    private final MonitorConfig config;
    private final EventLoopGroup group;
    private final EventLoop loop;
    private final Membership membership;
    private final IngestCounters counters = new IngestCounters();
    private final long publishIntervalNanos;
    private final java.util.Map<Class<?>, Object> extensions = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile InetSocketAddress listen;
    private volatile ClusterSnapshot snapshot;
    private volatile FailureDetector detector;
    private volatile Channel channel;
    // Guarded by this: membership takes one arrival listener, so both are installed as one.
    private dev.pulsegrid.cluster.ArrivalListener journalArrivals;
    private dev.pulsegrid.cluster.ArrivalListener historyArrivals;
    private ScheduledFuture<?> ticker;
    private long lastPublishNanos;

    private Monitor(MonitorConfig config) {
        this.config = config;
        this.group = Transport.newGroup(1, "pulsegrid-membership");
        this.loop = group.next();
        this.membership = new Membership(config.clock(), config.detector(), config.limits());
        if (config.clock() instanceof dev.pulsegrid.cluster.SystemClock) {
            // Real time only: a virtual clock jumps on purpose. 500 ms of lateness is a stall, not jitter.
            membership.setSelfPauseGuard(new dev.pulsegrid.detect.SelfPauseGuard(
                    config.tickMillis() * 1_000_000L, 500_000_000L));
        }
        this.detector = config.detector();
        if (!config.overrides().isEmpty()) {
            membership.setPolicy(new dev.pulsegrid.cluster.DetectorPolicy(config.detector(), config.overrides()));
        }
        this.publishIntervalNanos = publishGapNanos(config.publishHz(), config.tickMillis());
        this.snapshot = ClusterSnapshot.empty(config.detector(), config.clock().nanos(), config.clock().wallMillis());
    }

    /** Binds (if an address is configured) and starts ticking. */
    public static Monitor start(MonitorConfig config) throws BindFailedException {
        Monitor m = new Monitor(config);
        try {
            if (config.listen() != null) {
                m.channel = m.bind(config.listen());
                m.listen = config.listen();
            }
        } catch (BindFailedException e) {
            m.group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            throw e;
        }
        m.ticker = m.loop.scheduleAtFixedRate(m::tick, config.tickMillis(), config.tickMillis(), TimeUnit.MILLISECONDS);
        return m;
    }

    private Channel bind(InetSocketAddress addr) throws BindFailedException {
        Bootstrap b = Transport.datagramReads(new Bootstrap()
                .group(loop)
                .channel(Transport.datagramChannel())
                .option(ChannelOption.SO_RCVBUF, config.receiveBufferBytes()),
                // Heartbeats are small; a fixed buffer just above the decoder limit (8192) means an oversized
                // datagram is seen whole and rejected as TOO_LARGE rather than silently truncated.
                9216)
                .handler(new IngestHandler(membership, counters, "native", config.security(), config.clock()));
        try {
            return b.bind(addr).sync().channel();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BindFailedException(addr, "interrupted while binding " + addr, e);
        } catch (Exception e) {
            throw BindFailedException.explain(addr, e, "--port");
        }
    }

    private void tick() {
        membership.advance();
        long now = config.clock().nanos();
        if (publishDue(now - lastPublishNanos, publishIntervalNanos, membership.hasChanges(), membership.hasTransitionsUnpublished())) {
            publishNow();
        }
    }

    /**
     * Whether this tick publishes: changes wait for the publish gap (a snapshot copies every slot, so
     * heartbeats alone are batched), but a state change goes out on the next tick, so the grid draws a
     * transition within a tick and a frame; and a quiet cluster still gets one a second for heartbeats/s.
     */
    static boolean publishDue(long sinceLastNanos, long gapNanos, boolean changes, boolean transitions) {
        return changes && (transitions || sinceLastNanos >= gapNanos) || sinceLastNanos >= 1_000_000_000L;
    }

    /**
     * The least time between two publishes that still gives {@code hz} per second when publishes can only
     * happen on ticks: half a tick under 1/hz, because ticks drift by microseconds and a tick landing just
     * short of the interval would otherwise push the publish a whole tick later.
     */
    static long publishGapNanos(int hz, int tickMillis) {
        return Math.max(1, 1_000_000_000L / hz - tickMillis * 500_000L);
    }

    private void publishNow() {
        lastPublishNanos = config.clock().nanos();
        snapshot = membership.publish();
    }

    /** The newest published snapshot. Cheap (a volatile read); call it once per frame. */
    public ClusterSnapshot snapshot() {
        return snapshot;
    }

    /** Fires due deadlines and publishes now, and waits for it: for tests in virtual time. */
    public ClusterSnapshot syncNow() {
        return call(m -> {
            m.advance();
            publishNow();
            return snapshot;
        }).join();
    }

    /** The bound UDP address (with the real port when 0 was asked), or null without a socket. */
    public InetSocketAddress localAddress() {
        if (channel == null) {
            return null;
        }
        // Native sockets report a wildcard IPv4 bind as the IPv6 wildcard; show what was asked for.
        int port = ((InetSocketAddress) channel.localAddress()).getPort();
        return new InetSocketAddress(listen.getAddress(), port);
    }

    /**
     * Binds the heartbeat socket of a monitor that runs without one (its configured port was taken):
     * the GUI's "Retry on another port". Returns the bound address.
     *
     * @throws IllegalStateException when it already listens
     */
    public synchronized InetSocketAddress listen(InetSocketAddress addr) throws BindFailedException {
        if (channel != null) {
            throw new IllegalStateException("already listening on " + localAddress());
        }
        Channel ch = bind(addr);
        listen = addr;
        channel = ch;
        return localAddress();
    }

    /**
     * The one {@code type} helper shared by everything working on this monitor (its per-source
     * counters, its switchable collectd and Ganglia listeners), made on first use; if it is
     * AutoCloseable it is closed with the monitor. {@code make} must not ask for another extension.
     */
    public <T> T extension(Class<T> type, Function<Monitor, T> make) {
        return type.cast(extensions.computeIfAbsent(type, k -> make.apply(this)));
    }

    public IngestCounters counters() {
        return counters;
    }

    public MonitorConfig config() {
        return config;
    }

    public FailureDetector detector() {
        return detector;
    }

    /** Applies new detector settings to every node; takes effect on the membership thread. */
    public void setDetector(FailureDetector d) {
        this.detector = d;
        loop.execute(() -> {
            membership.setDetector(d);
            publishNow();
        });
    }

    /** Applies a default detector and per-group overrides to every node; takes effect on the membership thread. */
    public void setPolicy(dev.pulsegrid.cluster.DetectorPolicy p) {
        this.detector = p.defaultDetector();
        loop.execute(() -> {
            membership.setPolicy(p);
            publishNow();
        });
    }

    /** Listeners are called on the membership thread and must not block. */
    public void addListener(MembershipListener l) {
        membership.addListener(l);
    }

    public void removeListener(MembershipListener l) {
        membership.removeListener(l);
    }

    /** Notes about the monitor itself (settings changes, self-pauses), on the membership thread. */
    public void addNoteListener(dev.pulsegrid.cluster.MonitorNote.Listener l) {
        membership.addNoteListener(l);
    }

    public void removeNoteListener(dev.pulsegrid.cluster.MonitorNote.Listener l) {
        membership.removeNoteListener(l);
    }

    /** Sets the one arrival listener (journal), on the membership thread; null removes it. */
    public synchronized void setArrivalListener(dev.pulsegrid.cluster.ArrivalListener l) {
        journalArrivals = l;
        installArrivalListeners();
    }

    /** A second arrival listener beside the journal's (the GUI's what-if history); null removes it. */
    public synchronized void setHistoryListener(dev.pulsegrid.cluster.ArrivalListener l) {
        historyArrivals = l;
        installArrivalListeners();
    }

    private void installArrivalListeners() {
        dev.pulsegrid.cluster.ArrivalListener a = journalArrivals;
        dev.pulsegrid.cluster.ArrivalListener b = historyArrivals;
        dev.pulsegrid.cluster.ArrivalListener both = a == null ? b : b == null ? a : (slot, id, ms) -> {
            a.onArrival(slot, id, ms);
            b.onArrival(slot, id, ms);
        };
        loop.execute(() -> membership.setArrivalListener(both));
    }

    /** Feeds a heartbeat that did not come through the socket (demo, other sources). Thread-safe. */
    public void ingest(Heartbeat hb, InetSocketAddress from, String source) {
        loop.execute(() -> membership.onHeartbeat(hb, from, source));
    }

    /** Runs a task on the membership thread. */
    public void execute(Runnable task) {
        loop.execute(task);
    }

    /** Runs a function of membership on its thread and returns the result. */
    public <T> CompletableFuture<T> call(Function<Membership, T> f) {
        CompletableFuture<T> out = new CompletableFuture<>();
        loop.execute(() -> {
            try {
                out.complete(f.apply(membership));
            } catch (Throwable t) {
                out.completeExceptionally(t);
            }
        });
        return out;
    }

    /** The membership thread's event loop, so other sources (gossip, collectd) can share it. */
    public EventLoop eventLoop() {
        return loop;
    }

    @Override
    public void close() {
        if (ticker != null) {
            ticker.cancel(false);
        }
        for (Object e : extensions.values()) {
            if (e instanceof AutoCloseable c) {
                try {
                    c.close();
                } catch (Exception ignored) {
                    // closing: the monitor goes regardless
                }
            }
        }
        if (channel != null) {
            channel.close().syncUninterruptibly();
        }
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
