package dev.pulsegrid.net;

import dev.pulsegrid.protocol.BinaryHeartbeatEncoder;
import dev.pulsegrid.protocol.EncodedHeartbeat;
import dev.pulsegrid.protocol.Heartbeat;
import dev.pulsegrid.protocol.HeartbeatSigner;
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
    private final HeartbeatSigner signer;

    private HeartbeatSender(EventLoopGroup group, Channel channel, LongAdder failed, HeartbeatSigner signer) {
        this.group = group;
        this.channel = channel;
        this.failed = failed;
        this.signer = signer;
    }

    /** Opens a sender bound to an ephemeral port on the wildcard address; heartbeats go unsigned. */
    public static HeartbeatSender open() {
        return open(null);
    }

    /**
     * Opens a sender that signs every heartbeat with {@code signer}'s primary key (docs/PROTOCOL.md,
     * "Authentication"), or sends unsigned when it is null.
     */
    public static HeartbeatSender open(HeartbeatSigner signer) {
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
        return new HeartbeatSender(group, ch, failed, signer);
    }

    /** Queues one heartbeat; call {@link #flush()} after a batch. */
    public void send(Heartbeat hb, InetSocketAddress to) {
        int size = signer == null ? BinaryHeartbeatEncoder.encodedSize(hb) : signer.encodedSize(hb);
        ByteBuf buf = channel.alloc().ioBuffer(size);
        int n = signer == null ? BinaryHeartbeatEncoder.encode(hb, buf.nioBuffer(0, buf.capacity()))
                : signer.encode(hb, buf.nioBuffer(0, buf.capacity()));
        buf.writerIndex(n);
        // voidPromise: no listener object per datagram; failures surface in exceptionCaught below.
        channel.write(new DatagramPacket(buf, to), channel.voidPromise());
        sent.increment();
    }

    /**
     * Queues one pre-encoded heartbeat with {@code sequence} and {@code sentAtMillis} written in: no
     * per-datagram checking and encoding of id and metadata. Unsigned senders only.
     */
    public void send(EncodedHeartbeat hb, long sequence, long sentAtMillis, InetSocketAddress to) {
        if (signer != null) {
            throw new IllegalStateException("a signing sender encodes each heartbeat itself");
        }
        int size = hb.size();
        ByteBuf buf = channel.alloc().ioBuffer(size);
        hb.writeTo(buf.nioBuffer(0, size), sequence, sentAtMillis);
        buf.writerIndex(size);
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

    /** The signer in use, or null for unsigned heartbeats. */
    public HeartbeatSigner signer() {
        return signer;
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
