package dev.pulsegrid.ui;

import dev.pulsegrid.cluster.Clock;
import dev.pulsegrid.protocol.Heartbeat;
import dev.pulsegrid.sim.SimulatedCluster;
import dev.pulsegrid.sim.SimulationConfig;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The "Start demo cluster" button's cluster: a {@link SimulatedCluster} with the demo settings (a
 * little loss, crashes, recoveries, leaves and rejoins) ticked on one scheduled background thread
 * with the real clock. Each tick's datagrams go to the monitor as one batch, so the membership
 * thread is woken once per tick rather than once per heartbeat, and 100,000 nodes stay cheap.
 */
public final class DemoCluster implements AutoCloseable {
    /** Takes one tick's messages (and their senders' addresses, index for index). Must not block. */
    public interface Sink {
        void ingest(List<Heartbeat> heartbeats, List<InetSocketAddress> from);
    }

    private static final long TICK_MS = 20;

    private final int nodes;
    private final Sink sink;
    private final Clock clock;
    private final ScheduledExecutorService timer;
    private SimulatedCluster cluster; // owned by the timer thread
    private List<Heartbeat> batch = new ArrayList<>();
    private List<InetSocketAddress> from = new ArrayList<>();

    public DemoCluster(int nodes, Sink sink, Clock clock) {
        this.nodes = nodes;
        this.sink = sink;
        this.clock = clock;
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "pulsegrid-demo");
            t.setDaemon(true);
            return t;
        });
    }

    public DemoCluster start() {
        // Built on the demo thread: 100,000 nodes are not the FX thread's business.
        timer.execute(() -> cluster = new SimulatedCluster(SimulationConfig.demo(nodes, System.nanoTime()), clock,
                (hb, address) -> {
                    batch.add(hb);
                    from.add(address);
                }));
        timer.scheduleAtFixedRate(this::tick, TICK_MS, TICK_MS, TimeUnit.MILLISECONDS);
        return this;
    }

    private void tick() {
        try {
            cluster.tick();
            if (!batch.isEmpty()) {
                sink.ingest(batch, from);
                batch = new ArrayList<>();
                from = new ArrayList<>();
            }
        } catch (RuntimeException e) {
            // A failing tick must not end the schedule; the next tick tries again.
            System.err.println("pulsegrid demo: " + e);
        }
    }

    public int size() {
        return nodes;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
