package dev.pulsegrid.net;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.FixedRecvByteBufAllocator;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollChannelOption;
import io.netty.channel.epoll.EpollDatagramChannel;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.util.concurrent.DefaultThreadFactory;

/** Native epoll where the platform has it (fewer copies, fewer syscalls), portable NIO elsewhere. */
public final class Transport {
    private Transport() {
    }

    public static boolean nativeAvailable() {
        return Epoll.isAvailable() && !Boolean.getBoolean("pulsegrid.nio");
    }

    public static String name() {
        return nativeAvailable() ? "epoll" : "nio";
    }

    public static EventLoopGroup newGroup(int threads, String threadName) {
        IoHandlerFactory factory = nativeAvailable() ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
        return new MultiThreadIoEventLoopGroup(threads, new DefaultThreadFactory(threadName, true), factory);
    }

    public static Class<? extends Channel> datagramChannel() {
        return nativeAvailable() ? EpollDatagramChannel.class : NioDatagramChannel.class;
    }

    /** Datagrams one receive system call takes at most with native transport ({@code recvmmsg}). */
    public static final int DATAGRAMS_PER_READ = 32;

    /**
     * Receive buffers of {@code datagramBytes} per datagram, so a larger datagram is cut to that size
     * (and can be told apart from a fitting one). With native transport one {@code recvmmsg} fills up
     * to {@link #DATAGRAMS_PER_READ} of them from a single buffer: at 100,000 heartbeats/s a system
     * call per datagram was a large share of the membership thread's time. NIO reads one at a time.
     */
    public static Bootstrap datagramReads(Bootstrap b, int datagramBytes) {
        if (nativeAvailable()) {
            return b.option(EpollChannelOption.MAX_DATAGRAM_PAYLOAD_SIZE, datagramBytes)
                    .option(ChannelOption.RCVBUF_ALLOCATOR, new FixedRecvByteBufAllocator(datagramBytes * DATAGRAMS_PER_READ));
        }
        return b.option(ChannelOption.RCVBUF_ALLOCATOR, new FixedRecvByteBufAllocator(datagramBytes));
    }
}
