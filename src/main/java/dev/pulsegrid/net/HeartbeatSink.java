package dev.pulsegrid.net;

import dev.pulsegrid.protocol.Heartbeat;
import java.net.InetSocketAddress;

/**
 * Where a non-native source (collectd, Ganglia) delivers the heartbeats it decoded.
 * {@code monitor::ingest} is one; tests pass a list's add.
 */
@FunctionalInterface
public interface HeartbeatSink {
    /** Must be thread-safe and must not block: called on a source's network thread. */
    void ingest(Heartbeat heartbeat, InetSocketAddress from, String source);
}
