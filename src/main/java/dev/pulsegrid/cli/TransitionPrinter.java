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
    private static final Object POISON = new Object();
    /** Membership events, and Strings for notes about the monitor itself. */
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(1 << 16);
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

    /** A line about the monitor itself, printed on stderr off the caller's thread. */
    void note(String text) {
        if (!queue.offer(text)) {
            dropped.increment();
        }
    }

    long dropped() {
        return dropped.sum();
    }

    private void drain() {
        try {
            while (true) {
                Object item = queue.take();
                if (item == POISON) {
                    out.flush();
                    return;
                }
                if (item instanceof MembershipEvent e) {
                    print(e);
                } else {
                    err.println("note: " + item);
                }
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
