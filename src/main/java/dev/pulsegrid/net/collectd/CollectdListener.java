package dev.pulsegrid.net.collectd;

import dev.pulsegrid.net.BindFailedException;
import dev.pulsegrid.net.HeartbeatSink;
import dev.pulsegrid.net.SourceCounters;
import dev.pulsegrid.net.SourceListener;
import dev.pulsegrid.protocol.collectd.CollectdAuthFile;
import dev.pulsegrid.protocol.collectd.CollectdDecoder;
import dev.pulsegrid.protocol.collectd.SecurityLevel;
import java.net.InetSocketAddress;

/** A listening collectd network-protocol endpoint: {@code --collectd [ADDR:]PORT}. */
public final class CollectdListener implements AutoCloseable {
    /** collectd's own default port (NET_DEFAULT_PORT). */
    public static final int DEFAULT_PORT = 25826;

    private final SourceListener socket;
    private final SourceCounters counters;

    private CollectdListener(SourceListener socket, SourceCounters counters) {
        this.socket = socket;
        this.counters = counters;
    }

    /**
     * @throws IllegalArgumentException when the level needs users and the auth file has none
     * @throws BindFailedException      when the port cannot be bound (message names the fix)
     */
    public static CollectdListener start(InetSocketAddress bind, SecurityLevel level, CollectdAuthFile auth,
            HeartbeatSink sink) throws BindFailedException {
        SourceCounters counters = new SourceCounters(CollectdHandler.SOURCE);
        CollectdHandler handler = new CollectdHandler(new CollectdDecoder(level, auth), sink, counters);
        return new CollectdListener(SourceListener.start("collectd", bind, null, null, handler, "--collectd"), counters);
    }

    public InetSocketAddress localAddress() {
        return socket.localAddress();
    }

    public SourceCounters counters() {
        return counters;
    }

    @Override
    public void close() {
        socket.close();
    }
}
