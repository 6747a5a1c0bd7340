package dev.pulsegrid.net.gossip;

import dev.pulsegrid.cluster.Membership;
import dev.pulsegrid.cluster.gossip.GossipMemberView;
import dev.pulsegrid.cluster.gossip.GossipNode;
import dev.pulsegrid.net.BindFailedException;
import dev.pulsegrid.net.Monitor;
import dev.pulsegrid.net.Transport;
import dev.pulsegrid.net.IngestSecurity;
import dev.pulsegrid.protocol.GossipCodec;
import dev.pulsegrid.protocol.WireLimits;
import dev.pulsegrid.protocol.HeartbeatSigner;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.FixedRecvByteBufAllocator;
import io.netty.channel.socket.DatagramPacket;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * This process as a member of a gossip mesh: a UDP port on the monitor's membership thread, a round
 * every interval (count up, send a digest to {@code fanout} random peers), and every datagram heard
 * merged into the table and fed to the monitor's {@link Membership}. The monitor keeps deciding
 * states; this only tells it how fresh each member's counter is and who told us.
 *
 * <p>Use: {@code GossipPeer p = GossipPeer.join(monitor, PeerConfig.of(id, bind, seeds));} then
 * {@code p.leave()} for a graceful goodbye (or {@code p.close()} to go silent). Call both from any
 * thread but the membership thread; close the peer before the monitor.
 */
public final class GossipPeer implements AutoCloseable {
    private final Monitor monitor;
    private final EventLoop loop;
    private volatile PeerConfig config;
    private final GossipCounters counters = new GossipCounters();
    /** Signs outgoing gossip when the monitor's keyring has a primary key (asked per datagram: rotation applies at once). */
    private final HeartbeatSigner signer;
    private volatile AutoCloseable tally;
    private GossipNode node;
    private Channel channel;
    private ScheduledFuture<?> rounds;
    private volatile List<GossipMemberView> members = List.of();
    private volatile boolean stopped;

    private GossipPeer(Monitor monitor, PeerConfig config) {
        this.monitor = monitor;
        this.loop = monitor.eventLoop();
        this.config = config;
        this.signer = new HeartbeatSigner(monitor.config().security().keyring());
    }

    /**
     * Binds the gossip port and starts gossiping at once.
     *
     * @throws BindFailedException if the port cannot be bound (the message says what to do)
     * @throws IllegalArgumentException if the id or metadata cannot be sent
     */
    public static GossipPeer join(Monitor monitor, PeerConfig config) throws BindFailedException {
        GossipPeer p = new GossipPeer(monitor, config);
        // Leave room for a signature whenever the keyring could sign, so a key added later still fits.
        boolean signs = p.signer.canSign() || monitor.config().security().requireAuth();
        int budget = WireLimits.MAX_SEND_BYTES - (signs ? HeartbeatSigner.MAX_TRAILER_BYTES : 0);
        p.node = monitor.call(m -> new GossipNode(m, config.toParams(budget), config.seeds(), new Random())).join();
        try {
            p.channel = p.bind();
        } catch (BindFailedException e) {
            p.loop.execute(p.node::detach);
            throw e;
        }
        p.tally = dev.pulsegrid.net.SourceTallies.of(monitor).add(p.counters::tally);
        long every = config.interval().toNanos();
        p.rounds = p.loop.scheduleAtFixedRate(p::round, 0, every, TimeUnit.NANOSECONDS);
        return p;
    }

    private Channel bind() throws BindFailedException {
        Bootstrap b = new Bootstrap().group(loop).channel(Transport.datagramChannel())
                .option(ChannelOption.SO_RCVBUF, 4 * 1024 * 1024)
                .option(ChannelOption.RCVBUF_ALLOCATOR, new FixedRecvByteBufAllocator(9216))
                .handler(new GossipHandler(node, counters, security().keyring(), security().requireAuth()));
        try {
            return b.bind(config.bind()).sync().channel();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BindFailedException(config.bind(), "interrupted while binding " + config.bind(), e);
        } catch (Exception e) {
            String where = "UDP " + config.bind().getHostString() + ":" + config.bind().getPort();
            String why = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("in use")
                    ? " is already in use: stop what listens there, or choose another gossip port"
                    : " could not be bound for gossip: " + e.getMessage();
            throw new BindFailedException(config.bind(), where + why, e);
        }
    }

    private IngestSecurity security() {
        return monitor.config().security();
    }

    private void round() {
        if (stopped) {
            return;
        }
        try {
            send(node.round());
            members = List.copyOf(node.table().views());
        } catch (RuntimeException e) {
            counters.countInternalError();
        }
    }

    private void send(List<GossipNode.Outgoing> out) {
        for (GossipNode.Outgoing o : out) {
            byte[] bytes = GossipCodec.encode(o.digest());
            if (signer.canSign()) {
                bytes = signer.sign(bytes);
            }
            channel.write(new DatagramPacket(Unpooled.wrappedBuffer(bytes), o.target()), channel.voidPromise());
            counters.countSent(bytes.length);
        }
        channel.flush();
    }

    /** Says goodbye (LEAVE to a few peers, who spread it), then stops. Returns once it is sent. */
    public void leave() {
        if (stopped) {
            return;
        }
        stopped = true;
        rounds.cancel(false);
        loop.submit(() -> send(node.leave())).syncUninterruptibly();
        close();
    }

    /** Stops gossiping silently (to the mesh this looks like a crash) and releases the port. */
    @Override
    public void close() {
        stopped = true;
        if (rounds != null) {
            rounds.cancel(false);
        }
        if (channel != null && channel.isOpen()) {
            channel.close().syncUninterruptibly();
        }
        if (tally != null) {
            try {
                tally.close();
            } catch (Exception impossible) {
                // a list removal
            }
        }
        if (!loop.isShuttingDown()) {
            loop.execute(node::detach);
        }
    }

    /** The bound gossip address (with the real port when 0 was asked). */
    public InetSocketAddress localAddress() {
        return (InetSocketAddress) channel.localAddress();
    }

    /** The table as of the last round: who is known, how fresh, heard directly or via whom. */
    public List<GossipMemberView> members() {
        return members;
    }

    /** One member's row as of the last round, or null. */
    public GossipMemberView member(String id) {
        for (GossipMemberView v : members) {
            if (v.id().equals(id)) {
                return v;
            }
        }
        return null;
    }

    public GossipCounters counters() {
        return counters;
    }

    public PeerConfig config() {
        return config;
    }

    public Monitor monitor() {
        return monitor;
    }

    /**
     * Changes T_fail and T_cleanup live (they apply from the next round); any thread.
     *
     * @throws IllegalArgumentException naming the rule broken (T_fail under two intervals, T_cleanup under 2 x T_fail)
     */
    public void setTimeouts(java.time.Duration tFail, java.time.Duration tCleanup) {
        PeerConfig next = config.withTiming(config.interval(), tFail, tCleanup);
        config = next;
        var t = dev.pulsegrid.cluster.gossip.GossipTimeouts.of(next.tFail(), next.tCleanup());
        loop.execute(() -> node.setTimeouts(t));
    }

    /** This peer's current incarnation (raised when it refutes suspicion); read on the membership thread. */
    public long incarnation() {
        return monitor.call(m -> node.incarnation()).join();
    }
}
