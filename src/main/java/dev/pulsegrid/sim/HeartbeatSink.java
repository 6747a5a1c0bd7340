package dev.pulsegrid.sim;

import dev.pulsegrid.protocol.Heartbeat;
import java.net.InetSocketAddress;

/**
 * Where a simulated node's datagram goes: a UDP sender (which ignores {@code from}) or an
 * in-process monitor (which shows {@code from} as the node's address).
 */
@FunctionalInterface
public interface HeartbeatSink {
    /**
     * @param heartbeat what the node sent (lost datagrams never reach the sink)
     * @param from      the node's made-up address, stable per node: 10.x.y.z port 7946
     */
    void send(Heartbeat heartbeat, InetSocketAddress from);
}
