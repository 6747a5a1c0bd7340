package dev.pulsegrid.net;

import dev.pulsegrid.protocol.BinaryHeartbeatEncoder;
import dev.pulsegrid.protocol.Heartbeat;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.DatagramPacket;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Sends protocol v1 heartbeats over UDP from an ephemeral port. Writes are cheapest from the
 * sender's own event loop ({@link #eventLoop()}): the simulator runs there and flushes once per
 * batch, which lets native transport send a batch in one {@code sendmmsg}.
 */
public final class HeartbeatSender implements AutoCloseable {
    private final EventLoopGroup group;
    private final Channel channel;
    private final LongAdder sent = new LongAdder();
    private final LongAdder failed;

    private HeartbeatSender(EventLoopGroup group, Channel channel, LongAdder failed) {
        this.group = group;
        this.channel = channel;
        this.failed = failed;
    }

    /** Opens a sender bound to an ephemeral port on the wildcard address. */
    public static HeartbeatSender open() {
        EventLoopGroup group = Transport.newGroup(1, "pulsegrid-sender");
        LongAdder failed = new LongAdder();
        Bootstrap b = new Bootstrap().group(group).channel(Transport.datagramChannel())
                .option(ChannelOption.SO_SNDBUF, 4 * 1024 * 1024)
                .handler(new ChannelInboundHandlerAdapter() {
                    @Override
                    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
                        // e.g. ICMP port unreachable while nobody listens yet: count it, keep sending.
                        failed.increment();
                    }
                });
        Channel ch = b.bind(0).syncUninterruptibly().channel();
        return new HeartbeatSender(group, ch, failed);
    }

    /** Queues one heartbeat; call {@link #flush()} after a batch. */
    public void send(Heartbeat hb, InetSocketAddress to) {
        ByteBuf buf = channel.alloc().ioBuffer(BinaryHeartbeatEncoder.encodedSize(hb));
        int n = BinaryHeartbeatEncoder.encode(hb, buf.nioBuffer(0, buf.capacity()));
        buf.writerIndex(n);
        // voidPromise: no listener object per datagram; failures surface in exceptionCaught below.
        channel.write(new DatagramPacket(buf, to), channel.voidPromise());
        sent.increment();
    }

    /** Queues raw bytes (already encoded, e.g. JSON or a signed form). */
    public void sendRaw(byte[] bytes, InetSocketAddress to) {
        channel.write(new DatagramPacket(channel.alloc().ioBuffer(bytes.length).writeBytes(bytes), to),
                channel.voidPromise());
        sent.increment();
    }

    public void flush() {
        channel.flush();
    }

    /** Sends and flushes, then waits until the datagram has been handed to the kernel. */
    public void sendNow(Heartbeat hb, InetSocketAddress to) {
        send(hb, to);
        channel.flush();
        channel.eventLoop().submit(() -> { }).syncUninterruptibly();
    }

    public boolean isWritable() {
        return channel.isWritable();
    }

    public EventLoop eventLoop() {
        return channel.eventLoop();
    }

    public long sent() {
        return sent.sum();
    }

    public long failed() {
        return failed.sum();
    }

    @Override
    public void close() {
        channel.flush();
        channel.close().syncUninterruptibly();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
