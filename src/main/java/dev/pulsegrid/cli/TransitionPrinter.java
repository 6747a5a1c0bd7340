package dev.pulsegrid.cli;

import dev.pulsegrid.cluster.EventJson;
import dev.pulsegrid.cluster.MembershipEvent;
import dev.pulsegrid.cluster.MembershipListener;
import java.io.PrintStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Prints one JSON line per state transition on its own thread, so a slow terminal or pipe never
 * stalls the membership thread. Other events (restart, address change) go to stderr as notes.
 */
final class TransitionPrinter implements MembershipListener, AutoCloseable {
    private static final MembershipEvent POISON = new MembershipEvent(0, 0, MembershipEvent.Kind.FORGOTTEN,
            "", null, null, "", null, 0, java.util.Map.of());
    private final BlockingQueue<MembershipEvent> queue = new ArrayBlockingQueue<>(1 << 16);
    private final LongAdder dropped = new LongAdder();
    private final PrintStream out;
    private final PrintStream err;
    private final Thread thread;

    TransitionPrinter(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
        this.thread = new Thread(this::drain, "pulsegrid-watch-printer");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    @Override
    public void onEvent(MembershipEvent event) {
        if (!queue.offer(event)) {
            dropped.increment();
        }
    }

    long dropped() {
        return dropped.sum();
    }

    private void drain() {
        try {
            while (true) {
                MembershipEvent e = queue.take();
                if (e == POISON) {
                    out.flush();
                    return;
                }
                print(e);
                if (queue.isEmpty()) {
                    out.flush();
                }
            }
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
        }
    }

    private void print(MembershipEvent e) {
        if (e.isTransition()) {
            out.println(EventJson.toJson(e));
        } else {
            err.println("note: " + e.nodeId() + " " + e.reason());
        }
    }

    @Override
    public void close() {
        try {
            queue.offer(POISON, 1, TimeUnit.SECONDS);
            thread.join(2000);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
        }
        out.flush();
    }
}
