package dev.pulsegrid.net;

import dev.pulsegrid.cluster.Clock;
import dev.pulsegrid.cluster.Membership;
import dev.pulsegrid.protocol.DecodeError;
import dev.pulsegrid.protocol.DecodeException;
import dev.pulsegrid.protocol.Heartbeat;
import dev.pulsegrid.protocol.HeartbeatDecoder;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.DatagramPacket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks each datagram against the receiver policy ({@link IngestSecurity}: source network,
 * signature, clock skew), decodes it and hands the heartbeat to membership. Runs on the membership thread (the
 * channel's event loop), so membership needs no locks. A bad datagram is counted and dropped; the
 * channel is never closed because of what a sender wrote.
 */
final class IngestHandler extends SimpleChannelInboundHandler<DatagramPacket> {
    private static final Logger LOG = LoggerFactory.getLogger(IngestHandler.class);
    private final Membership membership;
    private final IngestCounters counters;
    private final String source;
    private final IngestSecurity security;
    private final Clock clock;
    private final RareWarning warning = new RareWarning(LOG, "ingest error");

    IngestHandler(Membership membership, IngestCounters counters, String source) {
        this(membership, counters, source, IngestSecurity.NONE, membership.clock());
    }

    IngestHandler(Membership membership, IngestCounters counters, String source, IngestSecurity security, Clock clock) {
        this.membership = membership;
        this.counters = counters;
        this.source = source;
        this.security = security;
        this.clock = clock;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket packet) {
        int size = packet.content().readableBytes();
        counters.countReceived(size);
        // Before decoding: a network we do not listen to gets no parsing and no HMAC work.
        if (!security.allows(packet.sender().getAddress())) {
            counters.countRejected(DecodeError.NOT_ALLOWED);
            return;
        }
        Heartbeat hb;
        try {
            hb = HeartbeatDecoder.decode(packet.content().nioBuffer(), security.keyring().get(), security.requireAuth());
        } catch (DecodeException e) {
            counters.countRejected(e.reason());
            return;
        }
        if (security.checksSkew()
                && IngestSecurity.skewed(hb.sentAtMillis(), clock.wallMillis(), security.maxClockSkewMillis())) {
            counters.countRejected(DecodeError.CLOCK_SKEW);
            return;
        }
        // Counted first so that whoever sees the resulting event also sees the count, and
        // datagrams == accepted + rejected holds (a bug inside membership shows as an internal error).
        counters.countAccepted();
        try {
            membership.onHeartbeat(hb, packet.sender(), source);
        } catch (RuntimeException e) {
            counters.countInternalError();
            warning.log(e);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        // A UDP socket error (e.g. ICMP port unreachable surfaced by the kernel) must not stop ingest.
        counters.countInternalError();
        warning.log(cause);
    }

}
