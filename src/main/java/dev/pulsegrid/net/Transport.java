package dev.pulsegrid.net;

import io.netty.channel.Channel;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
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
}
