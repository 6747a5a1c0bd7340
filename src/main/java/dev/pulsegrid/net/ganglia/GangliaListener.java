package dev.pulsegrid.net.ganglia;

import dev.pulsegrid.net.BindFailedException;
import dev.pulsegrid.net.HeartbeatSink;
import dev.pulsegrid.net.SourceCounters;
import dev.pulsegrid.net.SourceListener;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/** A listening gmond endpoint: {@code --ganglia [ADDR:]PORT}, optionally joined to gmond's multicast group. */
public final class GangliaListener implements AutoCloseable {
    /** gmond's default port. */
    public static final int DEFAULT_PORT = 8649;
    /** gmond's default multicast group (mcast_join in its stock config). */
    public static final String DEFAULT_GROUP = "239.2.11.71";

    private final SourceListener socket;
    private final SourceCounters counters;

    private GangliaListener(SourceListener socket, SourceCounters counters) {
        this.socket = socket;
        this.counters = counters;
    }

    /**
     * @param multicastGroup null for unicast only; else joined on {@code interfaceName} (null: first suitable)
     */
    public static GangliaListener start(InetSocketAddress bind, InetAddress multicastGroup, String interfaceName,
            HeartbeatSink sink) throws BindFailedException {
        SourceCounters counters = new SourceCounters(GangliaHandler.SOURCE);
        GangliaHandler handler = new GangliaHandler(sink, counters);
        return new GangliaListener(SourceListener.start("ganglia", bind, multicastGroup, interfaceName, handler,
                "--ganglia"), counters);
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
