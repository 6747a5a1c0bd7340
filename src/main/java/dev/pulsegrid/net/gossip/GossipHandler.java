package dev.pulsegrid.net.gossip;

import dev.pulsegrid.cluster.gossip.GossipNode;
import dev.pulsegrid.protocol.DecodeException;
import dev.pulsegrid.protocol.GossipCodec;
import dev.pulsegrid.protocol.GossipDigest;
import dev.pulsegrid.protocol.Keyring;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.DatagramPacket;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes gossip (and plain heartbeats) arriving on the peer's port and merges them. Runs on the
 * membership thread, the channel's event loop, so the node and membership need no locks. A bad
 * datagram is counted by reason and dropped; the channel is never closed over what a peer sent.
 */
final class GossipHandler extends SimpleChannelInboundHandler<DatagramPacket> {
    private static final Logger LOG = LoggerFactory.getLogger(GossipHandler.class);
    private final GossipNode node;
    private final GossipCounters counters;
    private final Supplier<Keyring> keyring;
    private final boolean requireAuth;
    private long lastErrorLogNanos;

    /**
     * @param keyring     keys signed gossip is checked against (asked per datagram, so a reloaded file applies at once)
     * @param requireAuth drop unsigned gossip and heartbeats (counted as UNSIGNED)
     */
    GossipHandler(GossipNode node, GossipCounters counters, Supplier<Keyring> keyring, boolean requireAuth) {
        this.node = node;
        this.counters = counters;
        this.keyring = keyring;
        this.requireAuth = requireAuth;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket packet) {
        counters.countReceived(packet.content().readableBytes());
        GossipDigest d;
        try {
            d = GossipCodec.decode(packet.content().nioBuffer(), keyring.get(), requireAuth);
        } catch (DecodeException e) {
            counters.countRejected(e.reason());
            return;
        }
        try {
            node.receive(d, packet.sender());
            counters.countAccepted();
        } catch (RuntimeException e) {
            counters.countInternalError();
            logRarely(e);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        counters.countSocketError();
    }

    private void logRarely(Throwable t) {
        long now = System.nanoTime();
        if (now - lastErrorLogNanos > 10_000_000_000L) {
            lastErrorLogNanos = now;
            LOG.warn("gossip merge error (counted; further ones suppressed for 10s)", t);
        }
    }
}
