package dev.pulsegrid.net;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * Drives a tick function (a simulated cluster) on the sender's event loop every millisecond and
 * flushes once per tick, so every datagram written in a tick leaves in one batch.
 */
public final class SimulationRunner implements AutoCloseable {
    private final HeartbeatSender sender;
    private final ScheduledFuture<?> task;

    public SimulationRunner(HeartbeatSender sender, IntSupplier tick) {
        this.sender = sender;
        this.task = sender.eventLoop().scheduleAtFixedRate(() -> {
            tick.getAsInt();
            sender.flush();
        }, 0, 1, TimeUnit.MILLISECONDS);
    }

    /** Stops ticking and waits until the last tick has finished. */
    @Override
    public void close() {
        task.cancel(false);
        sender.eventLoop().submit(sender::flush).syncUninterruptibly();
    }
}
