package dev.pulsegrid.net.gossip;

import dev.pulsegrid.cluster.gossip.GossipNode;
import dev.pulsegrid.protocol.DecodeException;
import dev.pulsegrid.protocol.GossipCodec;
import dev.pulsegrid.protocol.GossipDigest;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.DatagramPacket;
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
    private long lastErrorLogNanos;

    GossipHandler(GossipNode node, GossipCounters counters) {
        this.node = node;
        this.counters = counters;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket packet) {
        counters.countReceived(packet.content().readableBytes());
        GossipDigest d;
        try {
            d = GossipCodec.decode(packet.content().nioBuffer());
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
