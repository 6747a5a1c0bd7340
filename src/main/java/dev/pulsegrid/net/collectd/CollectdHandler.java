package dev.pulsegrid.net.collectd;

import dev.pulsegrid.net.HeartbeatSink;
import dev.pulsegrid.net.SourceCounters;
import dev.pulsegrid.protocol.Heartbeat;
import dev.pulsegrid.protocol.collectd.CollectdDecodeException;
import dev.pulsegrid.protocol.collectd.CollectdDecoder;
import dev.pulsegrid.protocol.collectd.CollectdHeartbeats;
import dev.pulsegrid.protocol.collectd.CollectdHostRecord;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.DatagramPacket;
import java.util.List;
import dev.pulsegrid.net.RareWarning;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * collectd datagrams in, one heartbeat per sending host out. A datagram that fails decoding or
 * verification is counted by reason and dropped; the channel stays open whatever a sender wrote.
 * Runs on one event-loop thread (the decoder and the metadata union are single-threaded).
 */
public final class CollectdHandler extends SimpleChannelInboundHandler<DatagramPacket> {
    public static final String SOURCE = "collectd";
    private static final Logger LOG = LoggerFactory.getLogger(CollectdHandler.class);

    private final CollectdDecoder decoder;
    private final CollectdHeartbeats heartbeats = new CollectdHeartbeats();
    private final HeartbeatSink sink;
    private final SourceCounters counters;
    private final RareWarning warning = new RareWarning(LOG, "collectd ingest error");

    public CollectdHandler(CollectdDecoder decoder, HeartbeatSink sink, SourceCounters counters) {
        this.decoder = decoder;
        this.sink = sink;
        this.counters = counters;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket packet) {
        counters.countReceived(packet.content().readableBytes());
        List<CollectdHostRecord> records;
        try {
            records = decoder.decode(packet.content().nioBuffer());
        } catch (CollectdDecodeException e) {
            counters.countDropped(e.reason().label());
            if (LOG.isDebugEnabled()) {
                LOG.debug("collectd datagram from {} dropped: {}", packet.sender(), e.getMessage());
            }
            return;
        } catch (RuntimeException e) {
            counters.countInternalError();
            warning.log(e);
            return;
        }
        for (CollectdHostRecord r : records) {
            try {
                Heartbeat hb = heartbeats.toHeartbeat(r);
                counters.countHeartbeat(); // before the hand-over, so whoever sees the heartbeat sees it counted
                sink.ingest(hb, packet.sender(), SOURCE);
            } catch (RuntimeException e) {
                counters.countInternalError();
                warning.log(e);
            }
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        counters.countInternalError();
        warning.log(cause);
    }

}
