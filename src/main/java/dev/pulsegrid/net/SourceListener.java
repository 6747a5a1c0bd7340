package dev.pulsegrid.net;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.FixedRecvByteBufAllocator;
import io.netty.channel.socket.DatagramChannel;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.util.concurrent.TimeUnit;

/**
 * A UDP socket for one non-native source on its own thread, so decoding (collectd's HMAC and AES)
 * never delays the membership thread; heartbeats hop over through a {@link HeartbeatSink}.
 * Optionally joins a multicast group (Ganglia's 239.2.11.71).
 */
public final class SourceListener implements AutoCloseable {
    private final EventLoopGroup group;
    private final Channel channel;

    private SourceListener(EventLoopGroup group, Channel channel) {
        this.group = group;
        this.channel = channel;
    }

    /**
     * @param multicastGroup group to join, or null for unicast only
     * @param interfaceName  interface for the join (null: the first up, multicast-capable one)
     * @param portFlag       the flag that sets this port, named in bind error messages
     */
    public static SourceListener start(String name, InetSocketAddress bind, InetAddress multicastGroup,
            String interfaceName, ChannelHandler handler, String portFlag) throws BindFailedException {
        EventLoopGroup group = Transport.newGroup(1, "pulsegrid-" + name);
        try {
            Channel ch = new Bootstrap()
                    .group(group)
                    .channel(Transport.datagramChannel())
                    .option(ChannelOption.SO_RCVBUF, MonitorConfig.DEFAULT_RECEIVE_BUFFER)
                    .option(ChannelOption.SO_REUSEADDR, multicastGroup != null)
                    // 64 KB: a datagram is never silently cut (collectd's MaxPacketSize goes up to 65535).
                    .option(ChannelOption.RCVBUF_ALLOCATOR, new FixedRecvByteBufAllocator(65_536))
                    .handler(handler)
                    .bind(bind).sync().channel();
            if (multicastGroup != null) {
                NetworkInterface nif = chooseInterface(interfaceName);
                ((DatagramChannel) ch).joinGroup(new InetSocketAddress(multicastGroup, bind.getPort()), nif).sync();
            }
            return new SourceListener(group, ch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            throw new BindFailedException(bind, "interrupted while binding " + bind, e);
        } catch (Exception e) {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            if (multicastGroup != null && !String.valueOf(e.getMessage()).toLowerCase().contains("in use")) {
                throw new BindFailedException(bind, "could not join multicast group " + multicastGroup.getHostAddress()
                        + " on UDP port " + bind.getPort() + ": " + e.getMessage()
                        + "; name the interface explicitly or drop the multicast option", e);
            }
            throw BindFailedException.explain(bind, e, portFlag);
        }
    }

    static NetworkInterface chooseInterface(String name) throws SocketException {
        if (name != null) {
            NetworkInterface nif = NetworkInterface.getByName(name);
            if (nif == null) {
                throw new SocketException("no network interface named '" + name + "'");
            }
            return nif;
        }
        NetworkInterface loopback = null;
        for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nif.isUp() || !nif.supportsMulticast()) {
                continue;
            }
            if (!nif.isLoopback()) {
                return nif;
            }
            loopback = nif;
        }
        if (loopback == null) {
            throw new SocketException("no network interface that is up and supports multicast");
        }
        return loopback;
    }

    public InetSocketAddress localAddress() {
        return (InetSocketAddress) channel.localAddress();
    }

    @Override
    public void close() {
        channel.close().syncUninterruptibly();
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
