package dev.pulsegrid.net.ganglia;

import dev.pulsegrid.net.HeartbeatSink;
import dev.pulsegrid.net.SourceCounters;
import dev.pulsegrid.protocol.Heartbeat;
import dev.pulsegrid.protocol.ganglia.GangliaDecodeException;
import dev.pulsegrid.protocol.ganglia.GangliaDecoder;
import dev.pulsegrid.protocol.ganglia.GangliaHeartbeats;
import dev.pulsegrid.protocol.ganglia.GangliaMessage;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.DatagramPacket;
import dev.pulsegrid.net.RareWarning;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * gmond datagrams in; gmond's heartbeat metric out as a heartbeat, every other valid metric counted
 * as ignored, a bad datagram counted by reason and dropped. One event-loop thread.
 */
public final class GangliaHandler extends SimpleChannelInboundHandler<DatagramPacket> {
    public static final String SOURCE = "ganglia";
    private static final Logger LOG = LoggerFactory.getLogger(GangliaHandler.class);

    private final GangliaHeartbeats heartbeats = new GangliaHeartbeats();
    private final HeartbeatSink sink;
    private final SourceCounters counters;
    private final RareWarning warning = new RareWarning(LOG, "ganglia ingest error");

    public GangliaHandler(HeartbeatSink sink, SourceCounters counters) {
        this.sink = sink;
        this.counters = counters;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket packet) {
        counters.countReceived(packet.content().readableBytes());
        try {
            GangliaMessage m = GangliaDecoder.decode(packet.content().nioBuffer());
            Heartbeat hb = heartbeats.onMessage(m, packet.sender().getAddress().getHostAddress());
            if (hb == null) {
                counters.countIgnored();
                return;
            }
            counters.countHeartbeat(); // before the hand-over, so whoever sees the heartbeat sees it counted
            sink.ingest(hb, packet.sender(), SOURCE);
        } catch (GangliaDecodeException e) {
            counters.countDropped(e.reason().label());
        } catch (RuntimeException e) {
            counters.countInternalError();
            warning.log(e);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        counters.countInternalError();
        warning.log(cause);
    }

}
